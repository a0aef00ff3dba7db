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
public sealed class DecisionsSection(PolkuDbContext db, DecisionTypeQuery types) : IClientSection
{
    public int Order => 37;

    public Type Component => typeof(DecisionsList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.DecisionRead))
        {
            return null;
        }

        var id = client.Id;
        // The content is stored whole, so its outcome is read from it here rather than in the query.
        var decisions = (await db.Decisions.AsNoTracking().Where(d => d.ClientId == id)
                .OrderByDescending(d => d.StartedOn).ThenByDescending(d => d.Id).Take(50)
                .Select(d => new { d.Id, d.TypeCode, d.Status, d.Content, d.StartedOn, d.DecidedOn, d.EndsOn })
                .ToListAsync(cancellationToken))
            .Select(d => new DecisionSummary(d.Id, d.TypeCode, d.Status, d.Content.Outcome, d.StartedOn, d.DecidedOn, d.EndsOn))
            .ToList();
        var writable = client.Can(Actions.DecisionWrite);
        return new ClientDecisions(
            decisions,
            writable || decisions.Count > 0 ? await types.AllAsync(client.User.OrganisationId, cancellationToken) : [],
            writable ? await db.Plans.AsNoTracking().Where(p => p.ClientId == id && p.Status == PlanStatus.Agreed).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken) : null);
    }
}
