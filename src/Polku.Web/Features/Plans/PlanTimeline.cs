using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Plans;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Plans;

/// <summary>Plan versions (agreed, or started as a draft) and reviews with their T-score on the client's timeline.</summary>
public sealed class PlanTimeline(PolkuDbContext db, IStringLocalizer<Strings> l) : ITimelineSource
{
    private sealed record Row(Guid PlanId, Guid Id, int Number, DateOnly On, bool Agreed, string? Outcome, double? TScore);

    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        // Versions and reviews in one round trip; a review's number is 0.
        var versions =
            from v in db.PlanVersions
            join p in db.Plans on v.PlanId equals p.Id
            where p.ClientId == clientId
            select new { v.PlanId, v.Id, v.Number, On = v.AgreedOn ?? v.CreatedOn, Agreed = v.AgreedOn != null, Outcome = (ReviewOutcome?)null, TScore = (double?)null, AuthorId = v.AgreedById ?? v.AuthorId };
        var reviews =
            from r in db.PlanReviews
            where r.ClientId == clientId
            select new { r.PlanId, r.Id, Number = 0, On = r.HeldOn, Agreed = false, Outcome = (ReviewOutcome?)r.Outcome, r.TScore, r.AuthorId };
        var rows = await versions.Concat(reviews).AsNoTracking()
            .OrderByDescending(r => r.On).Take(limit)
            .Select(r => new { r.PlanId, r.Id, r.Number, r.On, r.Agreed, r.Outcome, r.TScore, Author = db.Employees.Where(e => e.Id == r.AuthorId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return rows.Select(x => Item(new Row(x.PlanId, x.Id, x.Number, x.On, x.Agreed, x.Outcome?.ToString(), x.TScore), x.Author)).ToList();
    }

    private TimelineItem Item(Row r, string? author)
    {
        if (r.Outcome is { } outcome)
        {
            var text = l["ReviewOutcome." + outcome].Value;
            return new TimelineItem("PlanReviewed", outcome, l["Timeline.PlanReviewed"], r.On, null,
                r.TScore is { } t ? $"{l["Plans.TScoreIs", Format.OneDecimal(t)]} · {text}" : text, author, null, r.Id, $"plans/{r.PlanId}#review-{r.Id}", Rank: 2);
        }

        return r.Agreed
            ? new TimelineItem("PlanAgreed", "agreed", l["Timeline.PlanAgreed", r.Number], r.On, null, "", author, null, r.PlanId, $"plans/{r.PlanId}/versions/{r.Number}", Rank: 1)
            : new TimelineItem("PlanDrafted", "draft", l["Timeline.PlanDrafted", r.Number], r.On, null, "", author, null, r.PlanId, $"plans/{r.PlanId}");
    }
}
