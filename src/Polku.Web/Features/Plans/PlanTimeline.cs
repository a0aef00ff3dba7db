using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Plans;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Plans;

/// <summary>Plan versions (agreed, or started as a draft) and reviews with their T-score on the client's timeline.</summary>
public sealed class PlanTimeline(PolkuDbContext db, IStringLocalizer<Strings> l) : ITimelineSource
{
    // Two queries, not a UNION: the outcome is text in the database, which no null of the versions' side can match.
    // Compiled: the client page and the timeline ask them on every view, and their shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<VersionRow>>> NewestVersions = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => (
                from v in db.PlanVersions.AsNoTracking()
                join p in db.Plans on v.PlanId equals p.Id
                where p.ClientId == clientId
                orderby v.CreatedOn descending
                select new VersionRow(
                    v.PlanId, v.Id, v.Number, v.AgreedOn ?? v.CreatedOn, v.AgreedOn != null,
                    db.Employees.Where(e => e.Id == (v.AgreedById ?? v.AuthorId)).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault()))
            .Take(limit)));

    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<ReviewRow>>> NewestReviews = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => db.PlanReviews.AsNoTracking().Where(r => r.ClientId == clientId)
            .OrderByDescending(r => r.HeldOn).Take(limit)
            .Select(r => new ReviewRow(
                r.PlanId, r.Id, r.HeldOn, r.Outcome, r.TScore,
                db.Employees.Where(e => e.Id == r.AuthorId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault()))));

    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var versions = await NewestVersions.For(db)(db, clientId, limit).ToListAsync(cancellationToken);
        var reviews = await NewestReviews.For(db)(db, clientId, limit).ToListAsync(cancellationToken);
        return versions.Select(v => Item(new Row(v.PlanId, v.Id, v.Number, v.On, v.Agreed, null, null), v.Author))
            .Concat(reviews.Select(r => Item(new Row(r.PlanId, r.Id, 0, r.HeldOn, false, r.Outcome.ToString(), r.TScore), r.Author)))
            .ToList();
    }

    private sealed record Row(Guid PlanId, Guid Id, int Number, DateOnly On, bool Agreed, string? Outcome, double? TScore);

    private sealed record VersionRow(Guid PlanId, Guid Id, int Number, DateOnly On, bool Agreed, string? Author);

    private sealed record ReviewRow(Guid PlanId, Guid Id, DateOnly HeldOn, ReviewOutcome Outcome, double? TScore, string? Author);

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
