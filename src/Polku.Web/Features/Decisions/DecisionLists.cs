using Microsoft.EntityFrameworkCore;
using Polku.Domain.Access;
using Polku.Domain.Clients;
using Polku.Domain.Decisions;
using Polku.Domain.People;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Decisions;

/// <summary>What the register is narrowed to; every filter is optional.</summary>
public sealed record DecisionFilter(Guid? ClientId = null, DecisionStatus? Status = null, string? TypeCode = null, bool GivenBeforeDecision = false);

/// <summary>Why a decision waits for the user: theirs to submit, on the steering group's agenda, or theirs to sign.</summary>
public enum WaitingReason
{
    ToSubmit,
    ToReview,
    ToSign,
    ToDeliver,
}

public sealed record WaitingDecision(WaitingReason Reason, DecisionRow Decision);

public sealed partial class DecisionHandlers
{
    /// <summary>How many candidates a queue reads before asking each decision's own chain; a queue longer than this is paged by the register.</summary>
    public const int QueueLimit = 200;

    /// <summary>The organisation's decision register, only of clients the user may read, newest first, paged in the database.</summary>
    public async Task<PagedResult<DecisionRow>> RegisterAsync(CurrentUser user, DecisionFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var decisions = Readable(user, access.Clients(user, Actions.DecisionRead));
        var today = clock.Today;
        if (filter.ClientId is { } clientId)
        {
            decisions = decisions.Where(x => x.Decision.ClientId == clientId);
        }

        if (filter.Status is { } status)
        {
            decisions = decisions.Where(x => x.Decision.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.TypeCode))
        {
            decisions = decisions.Where(x => x.Decision.TypeCode == filter.TypeCode);
        }

        if (filter.GivenBeforeDecision)
        {
            decisions = decisions.Where(x => x.Decision.ServiceStartedOn != null && x.Decision.ServiceStartedOn < (x.Decision.DecidedOn ?? today)
                && x.Decision.Status != DecisionStatus.Annulled);
        }

        var (total, exact) = await decisions.CountAsync(paging, cancellationToken);
        var rows = await decisions.OrderByDescending(x => x.Decision.StartedOn).ThenByDescending(x => x.Decision.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var clientIds = rows.Select(r => r.Decision.ClientId).Distinct().ToList();
        if (clientIds.Count > 0)
        {
            audit.Read(clientIds);
        }

        return new PagedResult<DecisionRow>(await RowsAsync(user, rows, cancellationToken), paging.Page, paging.PageSize, total, exact);
    }

    /// <summary>
    /// The decisions waiting for the user: their own drafts to submit, the steering group's agenda, proposals their role
    /// may sign by the decision's chain, and signed decisions of theirs not yet delivered nor on their way.
    /// </summary>
    public async Task<IReadOnlyList<WaitingDecision>> WaitingAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        // A signer whose role does not write the record (Vantaa's leading social worker, Sysmä's social director) cannot
        // deliver: the decision waits for its preparer.
        var mayDeliver = user.Can(Actions.DecisionWrite);
        var readable = Readable(user, access.Clients(user, Actions.DecisionRead));
        // One run per status, each read in the (organisation, status, date) index's order and merged by the database:
        // one query over the four statuses walked the organisation's whole register in date order on SQLite.
        var queue = readable.Where(x => x.Decision.Status == DecisionStatus.Draft && x.Decision.PreparerId == userId)
            .Concat(readable.Where(x => x.Decision.Status == DecisionStatus.SteeringGroup))
            .Concat(readable.Where(x => x.Decision.Status == DecisionStatus.Proposed));
        if (mayDeliver)
        {
            queue = queue.Concat(readable.Where(x => x.Decision.Status == DecisionStatus.Signed && (x.Decision.PreparerId == userId || x.Decision.SignerId == userId)
                // A letter in the print batch is on its way: ordering it again would only be refused.
                && !db.DecisionDispatches.Any(p => p.DecisionId == x.Decision.Id && (p.Status == DispatchStatus.Queued || p.Status == DispatchStatus.AwaitingPrint))));
        }

        var candidates = await queue.OrderBy(x => x.Decision.StartedOn).ThenBy(x => x.Decision.Id).Take(QueueLimit).ToListAsync(cancellationToken);
        var waiting = candidates
            .Select(x => (Reason: ReasonFor(x.Decision, user, x.SpecialSupport), x))
            .Where(w => w.Reason is not null)
            .ToList();
        var rows = await RowsAsync(user, waiting.Select(w => w.x).ToList(), cancellationToken);
        if (rows.Count > 0)
        {
            audit.Read(rows.Select(r => r.ClientId).Distinct());
        }

        return waiting.Select((w, i) => new WaitingDecision(w.Reason!.Value, rows[i])).ToList();
    }

    /// <summary>Decisions in force whose term ends within <paramref name="days"/> days: time to assess and continue or end the service.</summary>
    public async Task<IReadOnlyList<DecisionRow>> EndingAsync(CurrentUser user, int days, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var last = today.AddDays(Math.Clamp(days, 1, 365));
        var rows = await Readable(user, access.Clients(user, Actions.DecisionRead))
            .Where(x => (x.Decision.Status == DecisionStatus.Signed || x.Decision.Status == DecisionStatus.Delivered)
                && x.Decision.EndsOn != null && x.Decision.EndsOn >= today && x.Decision.EndsOn <= last
                && !db.Decisions.Any(n => n.PreviousDecisionId == x.Decision.Id && n.Status != DecisionStatus.Annulled))
            .OrderBy(x => x.Decision.EndsOn).ThenBy(x => x.Decision.Id).Take(QueueLimit).ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            audit.Read(rows.Select(r => r.Decision.ClientId).Distinct());
        }

        return await RowsAsync(user, rows, cancellationToken);
    }

    /// <summary>How many of the organisation's decisions, of clients the user may read, were given after their service started.</summary>
    public Task<int> GivenBeforeDecisionCountAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return Readable(user, access.Clients(user, Actions.DecisionRead))
            .CountAsync(x => x.Decision.ServiceStartedOn != null && x.Decision.ServiceStartedOn < (x.Decision.DecidedOn ?? today)
                && x.Decision.Status != DecisionStatus.Annulled, cancellationToken);
    }

    /// <summary>Initialised by members, not a constructor, so the database can order and filter on it after the join.</summary>
    private sealed class Candidate
    {
        public required Decision Decision { get; init; }

        public required string ClientName { get; init; }

        public bool SpecialSupport { get; init; }
    }

    private IQueryable<Candidate> Readable(CurrentUser user, IQueryable<Client> clients)
    {
        var organisationId = user.OrganisationId;
        return from d in db.Decisions.AsNoTracking()
               join c in clients on d.ClientId equals c.Id
               where d.OrganisationId == organisationId
               select new Candidate { Decision = d, ClientName = c.LastName + " " + c.FirstNames, SpecialSupport = c.NeedsSpecialSupport };
    }

    private static WaitingReason? ReasonFor(Decision d, CurrentUser user, bool specialSupport) => d.Status switch
    {
        DecisionStatus.Draft => WaitingReason.ToSubmit,
        DecisionStatus.SteeringGroup when user.Has(Role.SteeringGroupMember) => WaitingReason.ToReview,
        DecisionStatus.Proposed when d.Check(DecisionStep.Sign, user.Id, user.Roles, specialSupport).IsAllowed => WaitingReason.ToSign,
        DecisionStatus.Signed when d.Check(DecisionStep.Deliver, user.Id, user.Roles, specialSupport).IsAllowed => WaitingReason.ToDeliver,
        _ => null,
    };

    private async Task<List<DecisionRow>> RowsAsync(CurrentUser user, IReadOnlyList<Candidate> rows, CancellationToken cancellationToken)
    {
        var names = (await types.AllAsync(user.OrganisationId, cancellationToken)).ToDictionary(t => t.Code, t => t.Name.In(UiLanguage.Current), StringComparer.Ordinal);
        var today = clock.Today;
        return rows.Select(x => new DecisionRow(
            x.Decision.Id, x.Decision.ClientId, x.ClientName, x.Decision.TypeCode, names.GetValueOrDefault(x.Decision.TypeCode, x.Decision.TypeCode),
            x.Decision.Status, x.Decision.Content.Outcome, x.Decision.StartedOn, x.Decision.DecidedOn, x.Decision.EndsOn, x.Decision.Content.Language,
            x.Decision.GivenBeforeDecision(today))).ToList();
    }
}
