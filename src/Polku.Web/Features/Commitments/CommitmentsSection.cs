using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.Services;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Features.Decisions;
using Polku.Web.Features.Services;

namespace Polku.Web.Features.Commitments;

/// <summary>A decision that can carry a commitment: signed or delivered, granting.</summary>
public sealed record GrantingDecision(Guid Id, string TypeCode, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>A purchased service a commitment can be given for, with its price.</summary>
public sealed record PurchasedService(Guid Id, LocalizedName Name, decimal? UnitPrice, CommitmentUnit? Unit);

public sealed record ClientCommitments(IReadOnlyList<CommitmentView> Commitments, IReadOnlyList<GrantingDecision> Decisions, IReadOnlyList<PurchasedService> Services);

/// <summary>The client's payment commitments ("Maksusitoumukset"), and giving one from a granting decision.</summary>
public sealed class CommitmentsSection(CommitmentHandlers commitments, ClientDecisionRecords decisionRecords, ServiceCatalogue catalogue) : IClientSection
{
    public int Order => 39;

    public Type Component => typeof(CommitmentsList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.ClientServiceRead))
        {
            return null;
        }

        var id = client.Id;
        var organisationId = client.User.OrganisationId;
        // A commitment is only ever given from a signed decision (which may have ended or been annulled since), so a
        // client without one has none and the page asks nothing more.
        var made = (await decisionRecords.AllAsync(id, DecisionsSection.Limit, cancellationToken))
            .Where(d => d.Status is DecisionStatus.Signed or DecisionStatus.Delivered or DecisionStatus.Ended or DecisionStatus.Annulled)
            .OrderByDescending(d => d.DecidedOn).Take(DecisionsSection.Limit)
            .ToList();
        if (made.Count == 0)
        {
            return new ClientCommitments([], [], []);
        }

        var list = await commitments.OfClientAsync(client.User, id, client.Client.PermittedActions, cancellationToken);
        if (!client.Can(Actions.ClientServiceArrange))
        {
            return new ClientCommitments(list, [], []);
        }

        var decisions = made
            .Where(d => CommitmentRules.IsGranting(d.Status, d.Outcome))
            .Select(d => new GrantingDecision(d.Id, d.TypeCode, d.StartsOn, d.EndsOn))
            .ToList();
        var services = decisions.Count == 0
            ? []
            : (await catalogue.OwnAsync(organisationId, cancellationToken))
                .Where(s => s.Producer == ProducerType.Purchased && s.ProviderId != null)
                .Select(s => new PurchasedService(s.Id, s.Name, s.UnitPrice, s.PriceUnit))
                .ToList();
        return new ClientCommitments(list, decisions, services);
    }
}
