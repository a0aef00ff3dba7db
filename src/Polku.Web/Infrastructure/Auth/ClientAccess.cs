using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Clients;
using Polku.Domain.Decisions;
using Polku.Domain.Referrals;
using Polku.Domain.Services;
using Polku.Web.Infrastructure.Audit;

namespace Polku.Web.Infrastructure.Auth;

public enum AccessOutcome
{
    Allowed,

    /// <summary>The client is in the user's organisation but the policy hides them: 403, or open by stating a reason.</summary>
    Hidden,

    /// <summary>No such client for this user (none, or another organisation's): 404, never a hint that it exists.</summary>
    NotFound,
}

/// <summary>The answer for one client: the outcome and the client actions the user may take on that record.</summary>
public sealed record ClientAccessCheck(AccessOutcome Outcome, IReadOnlyList<string> PermittedActions, bool MayStateReason)
{
    public bool Allowed => Outcome == AccessOutcome.Allowed;
}

/// <summary>
/// The access rules (<see cref="AccessRules"/>) as database queries. Each <see cref="Relation"/> is one predicate on
/// a client; the same predicates filter a list in SQL and check one record, so no feature writes its own
/// organisation filter. Every client-data query starts from <see cref="Clients"/> or <see cref="CheckAsync"/>.
/// </summary>
public sealed class ClientAccess(PolkuDbContext db, Clock clock, AuditLog audit)
{
    /// <summary>The clients the user may take the action on, as a query so lists are filtered and paged in the database.</summary>
    public IQueryable<Client> Clients(CurrentUser user, string action) =>
        db.Clients.AsNoTracking().Where(Any(user, AccessRules.RelationsFor(user.Roles, action)));

    /// <summary>
    /// Every client of the user's organisation, for telling whether a person is already registered — never for
    /// showing their data, which goes through <see cref="Clients"/> or <see cref="CheckAsync"/>.
    /// </summary>
    public IQueryable<Client> Registered(CurrentUser user)
    {
        var organisationId = user.OrganisationId;
        return db.Clients.AsNoTracking().Where(c => c.OrganisationId == organisationId);
    }

    /// <summary>Checks one client in one query. A refusal is audited as denied.</summary>
    public async Task<ClientAccessCheck> CheckAsync(CurrentUser user, string action, Guid clientId, CancellationToken cancellationToken)
    {
        var relations = (await RelationsAsync(user, [clientId], cancellationToken)).GetValueOrDefault(clientId);
        var check = relations is null
            ? new ClientAccessCheck(AccessOutcome.NotFound, [], false)
            : AccessRules.Allows(user.Roles, action, relations)
                ? new ClientAccessCheck(AccessOutcome.Allowed, AccessRules.PermittedActions(user.Roles, relations), false)
                : new ClientAccessCheck(AccessOutcome.Hidden, [], AccessRules.MayStateReason(user.Roles, action));
        if (!check.Allowed && (relations is not null || await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken)))
        {
            await audit.RecordDeniedAsync(action, clientId, cancellationToken);
        }

        return check;
    }

    /// <summary>The client actions the user may take on each of the listed clients (one query for the whole list).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> PermittedActionsAsync(
        CurrentUser user, IReadOnlyCollection<Guid> clientIds, CancellationToken cancellationToken) =>
        (await RelationsAsync(user, clientIds, cancellationToken))
            .ToDictionary(kv => kv.Key, kv => AccessRules.PermittedActions(user.Roles, kv.Value));

    /// <summary>How the user stands to each client among the ids; clients the user stands in no relation to are left out.</summary>
    private async Task<Dictionary<Guid, IReadOnlySet<Relation>>> RelationsAsync(CurrentUser user, IReadOnlyCollection<Guid> clientIds, CancellationToken cancellationToken)
    {
        if (clientIds.Count == 0)
        {
            return [];
        }

        var rules = Rules(user);
        var client = Expression.Parameter(typeof(Client), "c");
        var own = ParameterReplacer.Body(OwnOrganisation(user), client);
        var flags = Expression.NewArrayInit(typeof(bool), Enum.GetValues<Relation>().Select(r => r == Relation.ProviderReferral
            ? ParameterReplacer.Body(rules[r], client)
            : Expression.AndAlso(own, ParameterReplacer.Body(rules[r], client))));
        var projection = Expression.Lambda<Func<Client, RelationRow>>(
            Expression.MemberInit(
                Expression.New(typeof(RelationRow)),
                Expression.Bind(typeof(RelationRow).GetProperty(nameof(RelationRow.Id))!, Expression.Property(client, nameof(Client.Id))),
                Expression.Bind(typeof(RelationRow).GetProperty(nameof(RelationRow.Flags))!, flags)),
            client);
        var rows = await db.Clients.AsNoTracking()
            .Where(c => clientIds.Contains(c.Id))
            .Select(projection)
            .ToListAsync(cancellationToken);
        // Another organisation's client stays unknown unless a relation reaches it (a provider's referral).
        return rows.Where(r => r.Flags.Any(f => f)).ToDictionary(
            r => r.Id,
            r => (IReadOnlySet<Relation>)Enum.GetValues<Relation>().Where((_, index) => r.Flags[index]).ToHashSet());
    }

    /// <summary>
    /// The relations as one predicate, the organisation tested once: <c>own organisation and (r1 or r2 …) or a
    /// cross-organisation relation</c>, so the database can use its organisation indexes rather than test each branch.
    /// </summary>
    private Expression<Func<Client, bool>> Any(CurrentUser user, IReadOnlySet<Relation> relations)
    {
        if (relations.Count == 0)
        {
            return c => false;
        }

        var rules = Rules(user);
        var client = Expression.Parameter(typeof(Client), "c");
        Expression? Either(IEnumerable<Relation> some) =>
            some.Select(r => ParameterReplacer.Body(rules[r], client)).Aggregate((Expression?)null, (a, b) => a is null ? b : Expression.OrElse(a, b));
        var own = Either(relations.Where(r => r != Relation.ProviderReferral).Order());
        var across = Either(relations.Where(r => r == Relation.ProviderReferral));
        var ownWithOrganisation = own is null ? null : Expression.AndAlso(ParameterReplacer.Body(OwnOrganisation(user), client), own);
        var body = ownWithOrganisation is null ? across! : across is null ? ownWithOrganisation : Expression.OrElse(ownWithOrganisation, across);
        return Expression.Lambda<Func<Client, bool>>(body, client);
    }

    private static Expression<Func<Client, bool>> OwnOrganisation(CurrentUser user)
    {
        var organisationId = user.OrganisationId;
        return c => c.OrganisationId == organisationId;
    }

    /// <summary>One predicate per relation. Each reads only the user's own facts, so the database evaluates them once per query.</summary>
    private Dictionary<Relation, Expression<Func<Client, bool>>> Rules(CurrentUser user)
    {
        var userId = user.Id;
        var organisationId = user.OrganisationId;
        var serviceTasks = user.ServiceTasks.ToList();
        var now = clock.Now;
        var today = clock.Today;
        var myUnit = db.Employees.Where(e => e.Id == userId).Select(e => e.UnitId);
        var byServiceTask = db.Organisations.Where(o => o.Id == organisationId && o.AccessPolicy == AccessPolicy.ServiceTask);
        // Every relation but a provider's is within the user's own organisation; that test is added where the rules are used.
        return new()
        {
            [Relation.ResponsibleWorker] = c => c.ResponsibleWorkerId == userId,
            [Relation.ServiceTask] = c => serviceTasks.Contains(c.ServiceTaskCode) && byServiceTask.Any(),
            [Relation.Team] = c => serviceTasks.Contains(c.ServiceTaskCode) && c.UnitId != null && myUnit.Contains(c.UnitId),
            [Relation.ReferralHandler] = c => db.Referrals.Any(r => r.ClientId == c.Id && r.HandlerId == userId && r.Status != ReferralStatus.Closed),
            [Relation.UnitLead] = c => c.UnitId != null && (myUnit.Contains(c.UnitId) || db.Units.Any(u => u.Id == c.UnitId && myUnit.Contains(u.ParentUnitId))),
            [Relation.StatedReason] = c => db.StatedReasonAccesses.Any(a => a.ClientId == c.Id && a.EmployeeId == userId && a.ExpiresAt > now),
            [Relation.SteeringGroupAgenda] = c => db.Decisions.Any(d => d.ClientId == c.Id && d.Status == DecisionStatus.SteeringGroup),
            // The provider is another organisation: the client is not theirs, so this rule alone reaches across.
            [Relation.ProviderReferral] = c => db.ProviderReferrals.Any(r => r.ClientId == c.Id && r.ProviderId == organisationId
                    && (r.Status == ProviderReferralStatus.Sent || r.Status == ProviderReferralStatus.Accepted || r.Status == ProviderReferralStatus.Started))
                || db.PaymentCommitments.Any(p => p.ClientId == c.Id && p.ProviderId == organisationId && p.EndedOn == null && p.EndsOn >= today),
            [Relation.Organisation] = c => true,
        };
    }

    private sealed class RelationRow
    {
        public Guid Id { get; init; }

        public bool[] Flags { get; init; } = [];
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Body(LambdaExpression rule, ParameterExpression client) =>
            new ParameterReplacer(rule.Parameters[0], client).Visit(rule.Body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
