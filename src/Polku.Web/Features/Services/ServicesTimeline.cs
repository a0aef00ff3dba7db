using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Services;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Services;

/// <summary>Guidance to low-threshold services and the client's queue places (joined, started, withdrawn) on the client's timeline.</summary>
public sealed class ServicesTimeline(PolkuDbContext db, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var guidance = await db.ServiceGuidance.AsNoTracking().Where(g => g.ClientId == clientId)
            .OrderByDescending(g => g.On).ThenByDescending(g => g.Id).Take(limit)
            .ToListAsync(cancellationToken);
        var queued = await db.QueueEntries.AsNoTracking().Where(q => q.ClientId == clientId)
            .OrderByDescending(q => q.JoinedOn).ThenByDescending(q => q.Id).Take(limit)
            .ToListAsync(cancellationToken);
        if (guidance.Count == 0 && queued.Count == 0)
        {
            return [];
        }

        var serviceIds = guidance.Select(g => g.ServiceId).Concat(queued.Select(q => q.ServiceId)).Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name.In(UiLanguage.Current), cancellationToken);
        var people = guidance.Select(g => g.ById).Concat(queued.Select(q => q.AddedById)).Distinct().ToList();
        var names = await db.Employees.AsNoTracking().Where(e => people.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.FirstName + " " + e.LastName, cancellationToken);
        var items = guidance.Select(g => new TimelineItem(
                "Guidance", "Guided", l["Timeline.Guided", services.GetValueOrDefault(g.ServiceId, "")], g.On, null, g.Note, names.GetValueOrDefault(g.ById), null, g.Id,
                $"services/{g.ServiceId}"))
            .ToList();
        foreach (var q in queued)
        {
            var service = services.GetValueOrDefault(q.ServiceId, "");
            items.Add(new TimelineItem("Queue", "Joined", l["Timeline.QueueJoined", service], q.JoinedOn, null, "", names.GetValueOrDefault(q.AddedById), null, q.Id, $"services/{q.ServiceId}"));
            if (q.StartedOn is { } started)
            {
                items.Add(new TimelineItem("Queue", "Started", l["Timeline.QueueStarted", service], started, null, "", null, null, q.Id, $"services/{q.ServiceId}", Rank: 1));
            }
            else if (q.WithdrawnOn is { } withdrawn)
            {
                items.Add(new TimelineItem("Queue", "Withdrawn", l["Timeline.QueueWithdrawn", service], withdrawn, null, "", null, null, q.Id, $"services/{q.ServiceId}", Rank: 1));
            }
        }

        return items.OrderByDescending(i => i.Date).ThenByDescending(i => i.Rank).Take(limit).ToList();
    }
}
