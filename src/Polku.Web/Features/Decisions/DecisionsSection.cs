using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Decisions;
using Polku.Domain.Plans;
using Polku.Web.Features.Clients.Sections;

namespace Polku.Web.Features.Decisions;

public sealed record DecisionSummary(Guid Id, string TypeCode, DecisionStatus Status, DecisionOutcome? Outcome, DateOnly StartedOn, DateOnly? DecidedOn, DateOnly? EndsOn);

public sealed record ClientDecisions(IReadOnlyList<DecisionSummary> Decisions, IReadOnlyList<DecisionType> Types, Guid? OpenPlanId);

/// <summary>The client's decisions, newest first, and starting one of a type (for the plan in force, when there is one).</summary>
public sealed class DecisionsSection(PolkuDbContext db, ClientDecisionRecords records, DecisionTypeQuery types) : IClientSection
{
    public const int Limit = 50;

    public int Order => 37;

    public Type Component => typeof(DecisionsList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.DecisionRead))
        {
            return null;
        }

        var id = client.Id;
        // The timeline below tells the same decisions, read once for both.
        var decisions = (await records.ForClientAsync(id, Limit, cancellationToken))
            .Select(d => new DecisionSummary(d.Id, d.TypeCode, d.Status, d.Outcome, d.StartedOn, d.DecidedOn, d.EndsOn))
            .ToList();
        var writable = client.Can(Actions.DecisionWrite);
        return new ClientDecisions(
            decisions,
            writable || decisions.Count > 0 ? await types.AllAsync(client.User.OrganisationId, cancellationToken) : [],
            writable ? await db.Plans.AsNoTracking().Where(p => p.ClientId == id && p.Status == PlanStatus.Agreed).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken) : null);
    }
}
