using Microsoft.Extensions.Localization;
using Polku.Domain.Assessments;
using Polku.Web.Features.ClientRecord;

namespace Polku.Web.Features.Assessments;

/// <summary>Assessments on the client's timeline: the start, and the completion with its conclusion.</summary>
public sealed class AssessmentTimeline(ClientAssessmentRecords records, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var rows = await records.ForClientAsync(clientId, limit, cancellationToken);
        return rows.SelectMany(a =>
        {
            var link = $"assessments/{a.Id}";
            var started = new TimelineItem("AssessmentStarted", "", l["Timeline.AssessmentStarted"], a.StartedOn, null, "", a.Author, null, a.Id, link);
            if (a.Status != AssessmentStatus.Completed)
            {
                return [started];
            }

            var needed = a.RehabilitationNeeded == true;
            // A same-day completion ranks above its start: it is the later event.
            return new[]
            {
                new TimelineItem("AssessmentCompleted", needed ? "needed" : "not-needed",
                    l[needed ? "Timeline.AssessmentCompleted.Needed" : "Timeline.AssessmentCompleted.NotNeeded"],
                    a.CompletedOn!.Value, null, a.ConclusionReasons, a.Author, null, a.Id, link, Rank: 1),
                started,
            };
        }).ToList();
    }
}
