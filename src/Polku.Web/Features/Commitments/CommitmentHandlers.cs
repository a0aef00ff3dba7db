using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Commitments;

/// <summary>
/// Payment commitments (maksusitoumus) to purchased-service providers: given from a signed granting decision, read by
/// the arranging organisation's workers and by the provider's staff, invoiced against, and ended with the service.
/// Every read and write is checked against the client and audited.
/// </summary>
public sealed class CommitmentHandlers(PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    /// <summary>No organisation warns more than a year ahead, so the warning queries look no further.</summary>
    public const int MaxWarningDays = 365;

    public async Task<Result<CommitmentView>> GiveAsync(CurrentUser user, Guid decisionId, CommitmentInput input, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken);
        if (decision is null)
        {
            return Result<CommitmentView>.NotFound();
        }

        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, decision.ClientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<CommitmentView>.Refused(check);
        }

        var validation = new Validation(l);
        if (input.ServiceId is null)
        {
            validation.Add("serviceId", "Validation.Required");
        }

        Required(validation, "startsOn", input.StartsOn);
        Required(validation, "endsOn", input.EndsOn);
        if (input.MaxUnits is null)
        {
            validation.Add("maxUnits", "Validation.Required");
        }

        var organisationId = decision.OrganisationId;
        var service = input.ServiceId is { } serviceId
            ? await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId && s.OrganisationId == organisationId, cancellationToken)
            : null;
        if (input.ServiceId is not null && service is not { Producer: ProducerType.Purchased, ProviderId: not null })
        {
            validation.Add("serviceId", "Commitments.NotPurchased");
        }

        var price = input.UnitPrice ?? service?.UnitPrice;
        var unit = input.Unit ?? service?.PriceUnit;
        if (service is not null && price is null)
        {
            validation.Add("unitPrice", "Validation.Required");
        }

        if (service is not null && unit is null)
        {
            validation.Add("unit", "Validation.Required");
        }

        if (!validation.IsValid)
        {
            return Result<CommitmentView>.Invalid(validation.Errors);
        }

        var clientId = decision.ClientId;
        var others = await db.PaymentCommitments.AsNoTracking()
            .Where(p => p.ClientId == clientId && p.ServiceId == service!.Id)
            .Select(p => new CommitmentPeriod(p.StartsOn, p.EndsOn))
            .ToListAsync(cancellationToken);
        var warningDays = await db.ServiceSettings.Where(s => s.OrganisationId == organisationId)
            .Select(s => (int?)s.CommitmentWarningDays).SingleOrDefaultAsync(cancellationToken) ?? ServiceSettings.DefaultWarningDays;
        var today = clock.Today;
        var commitment = PaymentCommitment.Create(
            clientId, decision.Id, service!.ProviderId!.Value, service.Id, input.StartsOn!.Value, input.EndsOn!.Value, price!.Value, unit!.Value, input.MaxUnits!.Value,
            organisationId: organisationId, warningDays: warningDays, createdById: user.Id, createdOn: today);
        var problems = CommitmentRules.Check(commitment, decision, others);
        if (problems.FirstOrDefault(p => p.Kind is CommitmentProblemKind.DecisionNotGranting or CommitmentProblemKind.Overlaps) is { } conflict)
        {
            return Result<CommitmentView>.Conflict(conflict.Kind == CommitmentProblemKind.Overlaps
                ? OverlapMessage(commitment, others)
                : l["Commitments.DecisionNotGranting"]);
        }

        if (problems.Count > 0)
        {
            validation.AddProblems(problems.Select(p => (p.Field, Message(p, decision.Content))));
            return Result<CommitmentView>.Invalid(validation.Errors);
        }

        // The referral to the provider this commitment pays for, when the worker has sent one.
        commitment.ProviderReferralId = await db.ProviderReferrals.AsNoTracking()
            .Where(r => r.ClientId == clientId && r.ServiceId == service.Id
                && (r.Status == ProviderReferralStatus.Sent || r.Status == ProviderReferralStatus.Accepted || r.Status == ProviderReferralStatus.Started))
            .OrderByDescending(r => r.SentOn).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        db.PaymentCommitments.Add(commitment);
        audit.Stage(Actions.ClientServiceArrange, clientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        return Result<CommitmentView>.Created((await ViewsAsync(user, c => c.Id == commitment.Id, cancellationToken)).Single() with { PermittedActions = check.PermittedActions });
    }

    /// <summary>
    /// The commitments the user may read: a worker's of the clients the rules let them see, a provider's staff those
    /// paid to their organisation; soonest ending first. Only those ending within <paramref name="expiringWithinDays"/>
    /// days (and not ended) when given.
    /// </summary>
    public async Task<IReadOnlyList<CommitmentView>> ListAsync(CurrentUser user, int? expiringWithinDays, Guid? clientId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var until = today.AddDays(Math.Clamp(expiringWithinDays ?? 0, 0, 3650));
        var views = await ViewsAsync(user, expiringWithinDays is null ? null : c => c.EndedOn == null && c.EndsOn >= today && c.EndsOn <= until, cancellationToken, clientId);
        audit.Read(views.Select(v => v.ClientId));
        return views;
    }

    public async Task<Result<CommitmentView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var (refusal, commitment, permitted) = await FindAsync(user, Actions.ClientServiceRead, id, cancellationToken);
        if (commitment is null)
        {
            return refusal!;
        }

        audit.Read(commitment.ClientId);
        return Result<CommitmentView>.Ok(await ViewAsync(user, id, permitted, cancellationToken));
    }

    /// <summary>Records the units invoiced in all; never more than the cap, and never fewer than already recorded.</summary>
    public async Task<Result<CommitmentView>> UsageAsync(CurrentUser user, Guid id, UsageInput input, CancellationToken cancellationToken)
    {
        var (refusal, commitment, permitted) = await FindAsync(user, Actions.ClientServiceRespond, id, cancellationToken);
        if (commitment is null)
        {
            return refusal!;
        }

        if (input.UnitsUsed is not { } units)
        {
            return Result<CommitmentView>.Invalid("unitsUsed", l["Validation.Required"]);
        }

        if (units > commitment.MaxUnits)
        {
            return Result<CommitmentView>.Invalid("unitsUsed", l["Commitments.OverCap", commitment.MaxUnits]);
        }

        if (units < commitment.UnitsUsed)
        {
            return Result<CommitmentView>.Invalid("unitsUsed", l["Commitments.UsageDecreases", commitment.UnitsUsed]);
        }

        db.ExpectVersion(commitment, input.Version);
        commitment.Use(units - commitment.UnitsUsed);
        audit.Stage(Actions.ClientServiceRespond, commitment.ClientId);
        return await SaveAsync(user, commitment, permitted, cancellationToken);
    }

    /// <summary>Ends the commitment with its service: the last day paid for, within its period.</summary>
    public async Task<Result<CommitmentView>> EndAsync(CurrentUser user, Guid id, EndInput input, CancellationToken cancellationToken)
    {
        var (refusal, commitment, permitted) = await FindAsync(user, Actions.ClientServiceArrange, id, cancellationToken);
        if (commitment is null)
        {
            return refusal!;
        }

        if (commitment.EndedOn is not null)
        {
            return Result<CommitmentView>.Conflict(l["Commitments.AlreadyEnded", Format.Date(commitment.EndedOn.Value)]);
        }

        if (input.On is not { } on)
        {
            return Result<CommitmentView>.Invalid("on", l["Validation.Required"]);
        }

        if (on < commitment.StartsOn || on > commitment.EndsOn)
        {
            return Result<CommitmentView>.Invalid("on", l["Commitments.EndOutsidePeriod", Format.Date(commitment.StartsOn), Format.Date(commitment.EndsOn)]);
        }

        db.ExpectVersion(commitment, input.Version);
        commitment.End(on);
        audit.Stage(Actions.ClientServiceArrange, commitment.ClientId);
        return await SaveAsync(user, commitment, permitted, cancellationToken);
    }

    /// <summary>The client of a commitment the user's organisation gave or is paid by, for pointing a refused user to the stated-reason page.</summary>
    public Task<Guid?> ClientOfAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        return db.PaymentCommitments.Where(p => p.Id == id && (p.OrganisationId == organisationId || p.ProviderId == organisationId))
            .Select(p => (Guid?)p.ClientId).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The decision already started to continue the commitment's decision, if any (not annulled).</summary>
    public Task<Guid?> ContinuationOfAsync(Guid decisionId, CancellationToken cancellationToken) =>
        db.Decisions.Where(d => d.PreviousDecisionId == decisionId && d.Status != DecisionStatus.Annulled)
            .OrderByDescending(d => d.StartedOn).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The client's commitments for the client page (the page has checked and audited the client).</summary>
    public Task<IReadOnlyList<CommitmentView>> OfClientAsync(CurrentUser user, Guid clientId, IReadOnlyList<string> permitted, CancellationToken cancellationToken) =>
        ViewsAsync(user, null, cancellationToken, clientId, permitted);

    /// <summary>
    /// The commitments warning today that are the user's to act on: as the client's responsible worker, or as the
    /// provider's staff. Audited as read.
    /// </summary>
    public async Task<IReadOnlyList<CommitmentView>> WarningsAsync(CurrentUser user, int limit, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var until = today.AddDays(MaxWarningDays);
        var userId = user.Id;
        var organisationId = user.OrganisationId;
        // The worker's clients and the provider's commitments asked apart: each reads its own index, where one query
        // with "either" would walk every commitment of the organisation ending within the year.
        // The warning itself (from its own number of days before the end) is tested on the commitment before the
        // client's access rules are, so those run for the warning few rather than every commitment ending within the year.
        var window = Rows(user, c => c.EndedOn == null && c.EndsOn >= today && c.EndsOn <= until && c.EndsOn <= today.AddDays(c.WarningDays));
        var mine = await window.Where(r => r.ResponsibleWorkerId == userId).OrderBy(r => r.Commitment.EndsOn).Take(limit * 4).ToListAsync(cancellationToken);
        var ours = await window.Where(r => r.ProviderId == organisationId).OrderBy(r => r.Commitment.EndsOn).Take(limit * 4).ToListAsync(cancellationToken);
        var views = mine.Concat(ours).DistinctBy(r => r.Commitment.Id).OrderBy(r => r.Commitment.EndsOn)
            .Where(r => r.Commitment.IsWarning(today)).Take(limit).Select(r => View(r, today, [])).ToList();
        audit.Read(views.Select(v => v.ClientId));
        return views;
    }

    private async Task<IReadOnlyList<CommitmentView>> ViewsAsync(
        CurrentUser user, System.Linq.Expressions.Expression<Func<PaymentCommitment, bool>>? filter, CancellationToken cancellationToken, Guid? clientId = null,
        IReadOnlyList<string>? permittedOnClient = null)
    {
        var query = Rows(user, filter);
        if (clientId is { } onlyClient)
        {
            query = query.Where(r => r.Commitment.ClientId == onlyClient);
        }

        var rows = await query.OrderBy(r => r.Commitment.EndsOn).ThenBy(r => r.Commitment.Id).Take(200).ToListAsync(cancellationToken);
        var today = clock.Today;
        if (permittedOnClient is not null)
        {
            return rows.Select(r => View(r, today, permittedOnClient)).ToList();
        }

        var permitted = await access.PermittedActionsAsync(user, rows.Select(r => r.Commitment.ClientId).Distinct().ToList(), cancellationToken);
        return rows.Select(r => View(r, today, permitted.GetValueOrDefault(r.Commitment.ClientId) ?? [])).ToList();
    }

    /// <summary>
    /// Commitments of the clients the user may read, given by the user's organisation or paid to it (a provider's staff
    /// reach the client through the provider relation, and see only their own organisation's commitments).
    /// </summary>
    private IQueryable<CommitmentRow> Rows(CurrentUser user, System.Linq.Expressions.Expression<Func<PaymentCommitment, bool>>? filter)
    {
        var organisationId = user.OrganisationId;
        var commitments = db.PaymentCommitments.AsNoTracking().Where(p => p.OrganisationId == organisationId || p.ProviderId == organisationId);
        if (filter is not null)
        {
            commitments = commitments.Where(filter);
        }

        return from p in commitments
               join c in access.Clients(user, Actions.ClientServiceRead) on p.ClientId equals c.Id
               join s in db.Services on p.ServiceId equals s.Id
               join o in db.Organisations on p.ProviderId equals o.Id
               select new CommitmentRow
               {
                   Commitment = p, ClientName = c.LastName + " " + c.FirstNames, ResponsibleWorkerId = c.ResponsibleWorkerId,
                   ProviderId = p.ProviderId, ServiceName = s.Name, ProviderName = o.Name,
               };
    }

    private async Task<CommitmentView> ViewAsync(CurrentUser user, Guid id, IReadOnlyList<string> permitted, CancellationToken cancellationToken)
    {
        var row = await Rows(user, c => c.Id == id).SingleAsync(cancellationToken);
        return View(row, clock.Today, permitted);
    }

    private static CommitmentView View(CommitmentRow row, DateOnly today, IReadOnlyList<string> permitted) =>
        CommitmentView.From(row.Commitment, row.ClientName, row.ProviderName, row.ServiceName, today, permitted);

    /// <summary>The commitment, tracked, when it is the user's organisation's or paid to it and the user may take the action on its client.</summary>
    private async Task<(Result<CommitmentView>? Refusal, PaymentCommitment? Commitment, IReadOnlyList<string> Permitted)> FindAsync(
        CurrentUser user, string action, Guid id, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        var commitment = await db.PaymentCommitments.SingleOrDefaultAsync(p => p.Id == id && (p.OrganisationId == organisationId || p.ProviderId == organisationId), cancellationToken);
        var check = commitment is null ? null : await access.CheckAsync(user, action, commitment.ClientId, cancellationToken);
        return check switch
        {
            null => (Result<CommitmentView>.NotFound(), null, []),
            { Allowed: false } => (Result<CommitmentView>.Refused(check), null, []),
            _ => (null, commitment, check.PermittedActions),
        };
    }

    private async Task<Result<CommitmentView>> SaveAsync(CurrentUser user, PaymentCommitment commitment, IReadOnlyList<string> permitted, CancellationToken cancellationToken)
    {
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<CommitmentView>.Conflict(l["Commitments.ChangedMeanwhile"]);
        }

        audit.Read(commitment.ClientId);
        return Result<CommitmentView>.Ok(await ViewAsync(user, commitment.Id, permitted, cancellationToken));
    }

    private static void Required(Validation validation, string field, DateOnly? date)
    {
        if (date is null)
        {
            validation.Add(field, "Validation.Required");
        }
        else
        {
            validation.PlausibleDate(field, date);
        }
    }

    private string OverlapMessage(PaymentCommitment commitment, IEnumerable<CommitmentPeriod> others)
    {
        var other = others.First(o => CommitmentRules.Overlap(commitment.StartsOn, commitment.EndsOn, o));
        return l["Commitments.Overlaps", Format.Date(other.StartsOn), Format.Date(other.EndsOn)];
    }

    private string Message(CommitmentProblem problem, DecisionContent decision) => problem.Kind switch
    {
        CommitmentProblemKind.OutsideDecisionTerm => l["Commitments.OutsideTerm",
            decision.StartsOn is { } s ? Format.Date(s) : "", decision.EndsOn is { } e ? Format.Date(e) : ""],
        _ => l["CommitmentProblem." + problem.Kind],
    };

    private sealed class CommitmentRow
    {
        public PaymentCommitment Commitment { get; init; } = null!;

        public string ClientName { get; init; } = "";

        public Guid? ResponsibleWorkerId { get; init; }

        public Guid ProviderId { get; init; }

        public LocalizedName ServiceName { get; init; } = null!;

        public LocalizedName ProviderName { get; init; } = null!;
    }
}
