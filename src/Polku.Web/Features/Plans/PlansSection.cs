using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Assessments;
using Polku.Web.Features.Clients.Sections;

namespace Polku.Web.Features.Plans;

public sealed record ClientPlans(IReadOnlyList<PlanHandlers.Summary> Plans, bool HasCompletedAssessment);

/// <summary>The client's plans, and starting one from the completed assessment (or, for urgent support, with a reason).</summary>
public sealed class PlansSection(PolkuDbContext db, PlanHandlers plans) : IClientSection
{
    public int Order => 35;

    public Type Component => typeof(PlansList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken) =>
        new ClientPlans(
            await plans.ForClientAsync(client.Id, cancellationToken),
            await db.Assessments.AnyAsync(a => a.ClientId == client.Id && a.Status == AssessmentStatus.Completed, cancellationToken));
}
