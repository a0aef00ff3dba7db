using Microsoft.Extensions.Localization;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Measurements;

/// <summary>Measurements on the client's timeline, on the day they were taken.</summary>
public sealed class MeasurementTimeline(ClientMeasurementRecords records, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var rows = (await records.ForClientAsync(clientId, null, cancellationToken))
            .OrderByDescending(r => r.Measurement.MeasuredOn).Take(limit)
            .Select(r => new { r.Measurement.Id, r.Measurement.MeasuredOn, r.Measurement.RecordedAt, r.Measurement.Stage, r.Measurement.Rater, r.Measurement.Result, r.Instrument.Key, r.Instrument.Name, Author = r.RecordedBy });
        var language = UiLanguage.Current;
        return rows.Select(r => new TimelineItem(
                "Measurement", r.Key, l["Timeline.Measurement", r.Name.In(language), l["MeasurementStage." + r.Stage], l["Rater." + r.Rater]],
                r.MeasuredOn, r.RecordedAt, r.Result ?? "", r.Author, null, r.Id, $"clients/{clientId}/measurements#instrument-{r.Key}"))
            .ToList();
    }
}
