using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Services;

public sealed record ClientQueuePlace(
    Guid EntryId, Guid ServiceId, LocalizedName ServiceName, QueueStatus Status, int? Place, DateOnly JoinedOn, int DaysWaited, bool Urgent, DateOnly? EndedOn);

public sealed record ClientGuidance(Guid Id, Guid ServiceId, LocalizedName ServiceName, DateOnly On, string Note);

public sealed record ServiceChoice(Guid Id, LocalizedName Name);

/// <summary>The client's queue places and guidance, and the services the client may join or be guided to (those fitting the client's age).</summary>
public sealed record ClientServices(
    IReadOnlyList<ClientQueuePlace> Places, IReadOnlyList<ClientGuidance> Guidance, IReadOnlyList<ServiceChoice> Queueable, IReadOnlyList<ServiceChoice> LowThreshold, int Age);

/// <summary>"Jonot ja ohjaukset" on the client page.</summary>
public sealed class ClientServicesSection(PolkuDbContext db, ServiceHandlers services, Clock clock) : IClientSection
{
    public int Order => 38;

    public Type Component => typeof(ClientServicesList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.ClientServiceRead))
        {
            return null;
        }

        var id = client.Id;
        var today = clock.Today;
        var entries = await db.QueueEntries.AsNoTracking().Where(q => q.ClientId == id).OrderByDescending(q => q.JoinedOn).Take(50).ToListAsync(cancellationToken);
        var guidance = await db.ServiceGuidance.AsNoTracking().Where(g => g.ClientId == id).OrderByDescending(g => g.On).ThenByDescending(g => g.Id).Take(50)
            .ToListAsync(cancellationToken);
        var serviceIds = entries.Select(e => e.ServiceId).Concat(guidance.Select(g => g.ServiceId)).Distinct().ToList();
        var waitingIds = entries.Where(e => e.IsWaiting).Select(e => e.ServiceId).Distinct().ToList();
        var queues = await db.QueueEntries.AsNoTracking()
            .Where(q => waitingIds.Contains(q.ServiceId) && (q.Status == QueueStatus.Waiting || q.Status == QueueStatus.Offered))
            .ToListAsync(cancellationToken);
        var names = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).Select(s => new { s.Id, s.Name })
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var age = ServiceRules.AgeOn(client.Client.BirthDate, today);
        List<ServiceChoice> queueable = [];
        List<ServiceChoice> lowThreshold = [];
        if (client.Can(Actions.ClientServiceArrange))
        {
            var organisationId = client.User.OrganisationId;
            var fitting = await services.Visible(client.User)
                .Where(s => s.OrganisationId == organisationId && s.ActiveFrom <= today && (s.ActiveUntil == null || s.ActiveUntil >= today)
                    && (s.MinAge == null || s.MinAge <= age) && (s.MaxAge == null || s.MaxAge >= age))
                .Select(s => new { s.Id, s.Name, s.RequiresDecision })
                .ToListAsync(cancellationToken);
            var language = Infrastructure.Localization.UiLanguage.Current;
            queueable = [.. fitting.Where(s => !waitingIds.Contains(s.Id)).Select(s => new ServiceChoice(s.Id, s.Name)).OrderBy(s => s.Name.In(language), StringComparer.CurrentCulture)];
            lowThreshold = [.. fitting.Where(s => !s.RequiresDecision).Select(s => new ServiceChoice(s.Id, s.Name)).OrderBy(s => s.Name.In(language), StringComparer.CurrentCulture)];
        }

        var empty = new LocalizedName("", "", "");
        return new ClientServices(
            [.. entries.Select(e => new ClientQueuePlace(
                e.Id, e.ServiceId, names.GetValueOrDefault(e.ServiceId, empty), e.Status, e.IsWaiting ? QueueRules.PlaceOf(queues.Where(q => q.ServiceId == e.ServiceId), e.Id) : null,
                e.JoinedOn, QueueRules.DaysWaited(e, today), e.Urgent, e.StartedOn ?? e.WithdrawnOn))],
            [.. guidance.Select(g => new ClientGuidance(g.Id, g.ServiceId, names.GetValueOrDefault(g.ServiceId, empty), g.On, g.Note))],
            queueable, lowThreshold, age);
    }
}
