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
public sealed class ClientServicesSection(PolkuDbContext db, ClientServiceRecords records, ServiceCatalogue catalogue, Clock clock) : IClientSection
{
    public const int Limit = 50;

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
        // The timeline below shows the same rows, read once for both.
        var queued = await records.QueuedAsync(id, Limit, cancellationToken);
        var guided = await records.GuidedAsync(id, Limit, cancellationToken);
        var entries = queued.Select(r => r.Entry).ToList();
        var waitingIds = entries.Where(e => e.IsWaiting).Select(e => e.ServiceId).Distinct().ToList();
        var queues = waitingIds.Count == 0 ? [] : await db.QueueEntries.AsNoTracking()
            .Where(q => waitingIds.Contains(q.ServiceId) && (q.Status == QueueStatus.Waiting || q.Status == QueueStatus.Offered))
            .ToListAsync(cancellationToken);
        var age = ServiceRules.AgeOn(client.Client.BirthDate, today);
        var arrange = client.Can(Actions.ClientServiceArrange);
        List<ServiceChoice> queueable = [];
        List<ServiceChoice> lowThreshold = [];
        if (arrange)
        {
            var fitting = (await catalogue.OwnAsync(client.User.OrganisationId, cancellationToken))
                .Where(s => s.ActiveFrom <= today && (s.ActiveUntil == null || s.ActiveUntil >= today)
                    && (s.MinAge == null || s.MinAge <= age) && (s.MaxAge == null || s.MaxAge >= age))
                .ToList();
            var language = Infrastructure.Localization.UiLanguage.Current;
            queueable = [.. fitting.Where(s => !waitingIds.Contains(s.Id)).Select(s => new ServiceChoice(s.Id, s.Name)).OrderBy(s => s.Name.In(language), StringComparer.CurrentCulture)];
            lowThreshold = [.. fitting.Where(s => !s.RequiresDecision).Select(s => new ServiceChoice(s.Id, s.Name)).OrderBy(s => s.Name.In(language), StringComparer.CurrentCulture)];
        }

        return new ClientServices(
            [.. queued.Select(r => Place(r.Entry, r.Service))],
            [.. guided.Select(r => new ClientGuidance(r.Guidance.Id, r.Guidance.ServiceId, r.Service, r.Guidance.On, r.Guidance.Note))],
            queueable, lowThreshold, age);

        ClientQueuePlace Place(QueueEntry e, LocalizedName service) => new(
            e.Id, e.ServiceId, service, e.Status, e.IsWaiting ? QueueRules.PlaceOf(queues.Where(q => q.ServiceId == e.ServiceId), e.Id) : null,
            e.JoinedOn, QueueRules.DaysWaited(e, today), e.Urgent, e.StartedOn ?? e.WithdrawnOn);
    }
}
