using Microsoft.Extensions.Localization;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Services;

/// <summary>Guidance to low-threshold services and the client's queue places (joined, started, withdrawn) on the client's timeline.</summary>
public sealed class ServicesTimeline(ClientServiceRecords records, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var guidance = await records.GuidedAsync(clientId, limit, cancellationToken);
        var queued = await records.QueuedAsync(clientId, limit, cancellationToken);
        var language = UiLanguage.Current;
        var items = guidance.Select(r => new TimelineItem(
                "Guidance", "Guided", l["Timeline.Guided", r.Service.In(language)], r.Guidance.On, null, r.Guidance.Note, r.By, null, r.Guidance.Id,
                $"services/{r.Guidance.ServiceId}"))
            .ToList();
        foreach (var (q, name, addedBy) in queued)
        {
            var service = name.In(language);
            items.Add(new TimelineItem("Queue", "Joined", l["Timeline.QueueJoined", service], q.JoinedOn, null, "", addedBy, null, q.Id, $"services/{q.ServiceId}"));
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
