using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Paths;

/// <summary>
/// Records a client's moves on the organisation's paths when a service starts. Whatever starts a service (a referral
/// to a provider, a place taken from a queue) calls it before saving, so the move is saved with the start.
/// </summary>
public sealed class PathRecorder(PolkuDbContext db, ReferenceCache cache)
{
    public async Task RecordStartAsync(Guid organisationId, Guid clientId, Guid serviceId, DateOnly on, CancellationToken cancellationToken)
    {
        var service = await db.Services.AsNoTracking().Where(s => s.Id == serviceId).Select(s => new { s.Type, s.Code }).SingleAsync(cancellationToken);
        var templates = await TemplatesAsync(organisationId, cancellationToken);
        var before = await UsesAsync(clientId, cancellationToken);
        foreach (var template in templates)
        {
            if (ServicePaths.TransitionOnStart(template, before, service.Type, service.Code) is { } move)
            {
                db.PathTransitions.Add(new PathTransition
                {
                    OrganisationId = organisationId, ClientId = clientId, TemplateCode = template.Code, FromStep = move.From, ToStep = move.To, On = on, ServiceId = serviceId,
                });
            }
        }
    }

    /// <summary>The national templates and the organisation's own, in their order; kept in memory, as the client page shows them.</summary>
    public Task<IReadOnlyList<PathTemplate>> TemplatesAsync(Guid organisationId, CancellationToken cancellationToken) =>
        cache.GetAsync<IReadOnlyList<PathTemplate>>(("path-templates", organisationId), async () => await db.PathTemplates.AsNoTracking()
            .Where(t => t.OrganisationId == null || t.OrganisationId == organisationId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .ToListAsync(cancellationToken));

    /// <summary>The services the client has started, from referrals to providers and from places taken in queues, in one query.</summary>
    public async Task<IReadOnlyList<ServiceUse>> UsesAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var started = await db.ProviderReferrals.AsNoTracking()
            .Where(r => r.ClientId == clientId && r.StartedOn != null)
            .Join(db.Services, r => r.ServiceId, s => s.Id, (r, s) => new UseRow { FromQueue = false, ServiceId = s.Id, Type = s.Type, Code = s.Code, StartedOn = r.StartedOn!.Value, EndedOn = r.EndedOn })
            .Concat(db.QueueEntries.AsNoTracking()
                .Where(q => q.ClientId == clientId && q.StartedOn != null)
                .Join(db.Services, q => q.ServiceId, s => s.Id, (q, s) => new UseRow { FromQueue = true, ServiceId = s.Id, Type = s.Type, Code = s.Code, StartedOn = q.StartedOn!.Value, EndedOn = null }))
            .ToListAsync(cancellationToken);
        var referred = started.Where(u => !u.FromQueue).ToList();
        // A place taken from a queue usually starts a referral too; the referral then tells when the service ended.
        var fromQueueOnly = started.Where(q => q.FromQueue && !referred.Any(r => r.ServiceId == q.ServiceId && r.StartedOn >= q.StartedOn));
        return referred.Concat(fromQueueOnly).OrderBy(u => u.StartedOn).Select(u => new ServiceUse(u.Type, u.Code, u.StartedOn, u.EndedOn)).ToList();
    }

    private sealed class UseRow
    {
        public bool FromQueue { get; init; }

        public Guid ServiceId { get; init; }

        public ServiceType Type { get; init; }

        public string Code { get; init; } = "";

        public DateOnly StartedOn { get; init; }

        public DateOnly? EndedOn { get; init; }
    }
}
