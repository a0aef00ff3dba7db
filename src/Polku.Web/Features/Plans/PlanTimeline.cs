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
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var versions = await (
                from v in db.PlanVersions.AsNoTracking()
                join p in db.Plans on v.PlanId equals p.Id
                where p.ClientId == clientId
                orderby v.CreatedOn descending
                select new
                {
                    v.PlanId, v.Number, v.Status, v.CreatedOn, v.AgreedOn,
                    Author = db.Employees.Where(e => e.Id == (v.AgreedById ?? v.AuthorId)).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
                })
            .Take(limit).ToListAsync(cancellationToken);
        var reviews = await db.PlanReviews.AsNoTracking().Where(r => r.ClientId == clientId)
            .OrderByDescending(r => r.HeldOn).Take(limit)
            .Select(r => new
            {
                r.Id, r.PlanId, r.HeldOn, r.Outcome, r.TScore,
                Author = db.Employees.Where(e => e.Id == r.AuthorId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return versions.Select(v => v.AgreedOn is { } agreed
                ? new TimelineItem("PlanAgreed", "agreed", l["Timeline.PlanAgreed", v.Number], agreed, null, "", v.Author, null, v.PlanId, $"plans/{v.PlanId}/versions/{v.Number}", Rank: 1)
                : new TimelineItem("PlanDrafted", "draft", l["Timeline.PlanDrafted", v.Number], v.CreatedOn, null, "", v.Author, null, v.PlanId, $"plans/{v.PlanId}"))
            .Concat(reviews.Select(r => new TimelineItem(
                "PlanReviewed", r.Outcome.ToString(), l["Timeline.PlanReviewed"], r.HeldOn, null,
                r.TScore is { } t ? l["Plans.TScoreIs", Format.OneDecimal(t)] + " · " + l["ReviewOutcome." + r.Outcome] : l["ReviewOutcome." + r.Outcome],
                r.Author, null, r.Id, $"plans/{r.PlanId}#review-{r.Id}", Rank: 2)))
            .ToList();
    }
}
