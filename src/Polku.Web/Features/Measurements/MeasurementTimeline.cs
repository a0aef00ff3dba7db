using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Measurements;

/// <summary>Measurements on the client's timeline, on the day they were taken.</summary>
public sealed class MeasurementTimeline(PolkuDbContext db, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Measurements.AsNoTracking().Where(m => m.ClientId == clientId)
            .OrderByDescending(m => m.MeasuredOn).Take(limit)
            .Join(db.Instruments, m => m.InstrumentId, i => i.Id, (m, i) => new { m.Id, m.MeasuredOn, m.RecordedAt, m.Stage, m.Rater, m.Result, m.RecordedBy, i.Key, i.Name })
            .Select(r => new
            {
                r.Id, r.MeasuredOn, r.RecordedAt, r.Stage, r.Rater, r.Result, r.Key, r.Name,
                Author = db.Employees.Where(e => e.Id == r.RecordedBy).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var language = UiLanguage.Current;
        return rows.Select(r => new TimelineItem(
                "Measurement", r.Key, l["Timeline.Measurement", r.Name.In(language), l["MeasurementStage." + r.Stage], l["Rater." + r.Rater]],
                r.MeasuredOn, r.RecordedAt, r.Result ?? "", r.Author, null, r.Id, $"clients/{clientId}/measurements#instrument-{r.Key}"))
            .ToList();
    }
}
