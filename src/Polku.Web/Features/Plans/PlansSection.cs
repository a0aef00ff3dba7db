using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Assessments;
using Polku.Domain.Plans;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Plans;

public sealed record PlanSummary(Guid Id, PlanStatus Status, DateOnly CreatedOn, DateOnly? NextReviewOn, int Versions);

public sealed record ClientPlans(IReadOnlyList<PlanSummary> Plans, bool HasCompletedAssessment);

/// <summary>The client's plans, and starting one from the completed assessment (or, for urgent support, with a reason).</summary>
public sealed class PlansSection(PolkuDbContext db) : IClientSection
{
    // Compiled: the client page asks it on every view, and its shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, IAsyncEnumerable<PlanSummary>>> All = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId) => db.Plans.AsNoTracking().Where(p => p.ClientId == clientId)
            .OrderByDescending(p => p.CreatedOn).ThenByDescending(p => p.Id)
            .Select(p => new PlanSummary(p.Id, p.Status, p.CreatedOn, p.NextReviewOn, db.PlanVersions.Count(v => v.PlanId == p.Id)))));

    public int Order => 35;

    public Type Component => typeof(PlansList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        var id = client.Id;
        var plans = await All.For(db)(db, id).ToListAsync(cancellationToken);
        // Starting a plan is offered only when none is open; only then does it matter whether an assessment is completed.
        var open = plans.Any(p => p.Status != PlanStatus.Ended);
        return new ClientPlans(plans, !open && await db.Assessments.AnyAsync(a => a.ClientId == id && a.Status == AssessmentStatus.Completed, cancellationToken));
    }
}
