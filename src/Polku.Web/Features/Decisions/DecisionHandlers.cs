using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.Documents;
using Polku.Domain.People;
using Polku.Domain.Plans;
using Polku.Web.Features.AppealInstructions;
using Polku.Web.Features.People;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Documents;

namespace Polku.Web.Features.Decisions;

/// <summary>
/// Authority decisions (HL § 44–45): a draft written by the preparer and moved on only as the decision's own chain
/// allows. Every read and write is checked against the client and audited.
/// </summary>
public sealed partial class DecisionHandlers(
    PolkuDbContext db, ClientAccess access, DecisionTypeQuery types, AppealInstructionHandlers appealInstructions, AuditLog audit, DocumentArchive archive, Clock clock,
    EmployeeNames employees, IStringLocalizer<Strings> l)
{
    /// <summary>The client action each step needs before the chain is asked.</summary>
    public static string ActionFor(DecisionStep step) => step switch
    {
        DecisionStep.Submit or DecisionStep.Deliver => Actions.DecisionWrite,
        DecisionStep.SteeringGroupReview => Actions.DecisionGroupReview,
        _ => Actions.DecisionSign,
    };

    public async Task<Result<DecisionView>> StartAsync(CurrentUser user, Guid clientId, NewDecisionInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.DecisionWrite, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<DecisionView>.Refused(check);
        }

        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new { c.OrganisationId, c.Municipality, c.Language }).SingleAsync(cancellationToken);
        var chain = await ChainForAsync(client.OrganisationId, client.Municipality, cancellationToken);
        if (!DecisionWorkflow.MayPrepare(chain.Chain, user.Roles))
        {
            return NotPermitted(new StepOutcome.Refused(StepRefusal.RoleNotAllowed, [.. chain.Chain.Preparers.Distinct().Order()]));
        }

        var (previous, problem) = await PreviousAsync(clientId, input, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var today = clock.Today;
        var content = previous is not null
            ? Carried(previous, input.ContinuesId is not null, (await types.FindAsync(user.OrganisationId, previous.TypeCode, cancellationToken))?.DefaultTermMonths)
            : await FreshAsync(user, clientId, input, client.Language, today, cancellationToken);
        if (content is null)
        {
            return Result<DecisionView>.Invalid("typeCode", l["Decisions.UnknownType"]);
        }

        var decision = Decision.Draft(user.OrganisationId, clientId, chain, user.Id, today, content, previous?.Id);
        db.Decisions.Add(decision);
        audit.Stage(Actions.DecisionWrite, clientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        return Result<DecisionView>.Created(await ViewAsync(user, decision.Id, check.PermittedActions, cancellationToken));
    }

    /// <summary>Saves the draft whole. A submitted or signed decision is not edited: a signed one is annulled and made anew.</summary>
    public async Task<Result<DecisionView>> UpdateAsync(CurrentUser user, Guid id, DecisionInput input, CancellationToken cancellationToken)
    {
        var (refusal, decision, permitted) = await TrackedAsync(user, Actions.DecisionWrite, id, cancellationToken);
        if (decision is null)
        {
            return refusal!;
        }

        if (!decision.IsEditable)
        {
            return Result<DecisionView>.Conflict(l[decision.Status is DecisionStatus.Signed or DecisionStatus.Delivered ? "Decisions.SignedIsFinal" : "Decisions.NotDraft"]);
        }

        var content = input.ToContent();
        var validation = new Validation(l);
        validation.MaxLength("service", content.Service, TextLimits.Explanation);
        validation.MaxLength("reasons", content.Reasons, TextLimits.LongText);
        validation.MaxLength("decided", content.Decided, TextLimits.Text);
        validation.MaxLength("moreInformation", content.MoreInformation, TextLimits.Explanation);
        validation.PlausibleDate("startsOn", content.StartsOn);
        validation.PlausibleDate("endsOn", content.EndsOn);
        validation.PlausibleDate("serviceStartedOn", content.ServiceStartedOn);
        var type = await types.FindAsync(decision.OrganisationId, content.TypeCode, cancellationToken);
        if (type is null)
        {
            validation.Add("typeCode", "Decisions.UnknownType");
        }
        else
        {
            validation.AddProblems(Messages(DecisionRules.CheckDraft(content, ValidBases(type))));
        }

        if (content.PlanId is { } planId && !await db.Plans.AnyAsync(p => p.Id == planId && p.ClientId == decision.ClientId, cancellationToken))
        {
            validation.Add("planId", "Decisions.PlanNotFound");
        }

        if (!validation.IsValid)
        {
            return Result<DecisionView>.Invalid(validation.Errors);
        }

        db.ExpectVersion(decision, input.Version);
        decision.Edit(content);
        audit.Stage(Actions.DecisionWrite, decision.ClientId);
        return await SaveAsync(user, decision, permitted, cancellationToken);
    }

    public async Task<Result<DecisionView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var clientId = await ClientOfAsync(id, cancellationToken);
        if (clientId is null)
        {
            return Result<DecisionView>.NotFound();
        }

        var check = await access.CheckAsync(user, Actions.DecisionRead, clientId.Value, cancellationToken);
        if (!check.Allowed)
        {
            return Result<DecisionView>.Refused(check);
        }

        audit.Read(clientId.Value);
        return Result<DecisionView>.Ok(await ViewAsync(user, id, check.PermittedActions, cancellationToken));
    }

    /// <summary>
    /// Submits, reviews in the steering group, signs or annuls, when the decision's chain lets the user. Submitting and
    /// signing need everything a decision must say; signing also the appeal instructions in the decision's language.
    /// </summary>
    public async Task<Result<DecisionView>> StepAsync(CurrentUser user, Guid id, DecisionStep step, DecisionStepInput input, CancellationToken cancellationToken)
    {
        var (refusal, decision, permitted) = await TrackedAsync(user, ActionFor(step), id, cancellationToken);
        if (decision is null)
        {
            return refusal!;
        }

        var specialSupport = await SpecialSupportAsync(decision.ClientId, cancellationToken);
        var outcome = decision.Check(step, user.Id, user.Roles, specialSupport, input.Note ?? "");
        if (outcome is StepOutcome.Refused refused)
        {
            return refused.Reason switch
            {
                StepRefusal.WrongState => Result<DecisionView>.Conflict(l["Decisions.WrongState", l["DecisionStatus." + decision.Status]]),
                StepRefusal.ReasonRequired => Result<DecisionView>.Invalid("note", l["Decisions.ReasonRequired"]),
                _ => NotPermitted(refused),
            };
        }

        AppealInstruction? instruction = null;
        if (step is DecisionStep.Submit or DecisionStep.Sign)
        {
            var problems = await SigningProblemsAsync(decision, cancellationToken);
            if (problems.Count > 0)
            {
                return Result<DecisionView>.Invalid(problems);
            }
        }

        if (step == DecisionStep.Sign)
        {
            instruction = await appealInstructions.CurrentAsync(decision.OrganisationId, cancellationToken);
            if (AppealInstructionHandlers.TextsFor(instruction, decision.Content.Language) is null)
            {
                return Result<DecisionView>.Conflict(l["Decisions.AppealInstructionsMissing." + decision.Content.Language]);
            }
        }

        db.ExpectVersion(decision, input.Version);
        decision.Take(step, user.Id, user.Roles, specialSupport, clock.Today, input.Note ?? "");
        if (instruction is not null)
        {
            decision.PrintWith(instruction.Version);
        }

        if (step == DecisionStep.Annul)
        {
            // A letter still waiting for the print batch (or an order still in the outbox) is not sent once its decision
            // is annulled. Saved together: a batch posting the letter meanwhile makes this save the stale one.
            var open = await db.DecisionDispatches
                .Where(x => x.DecisionId == decision.Id && (x.Status == DispatchStatus.Queued || x.Status == DispatchStatus.AwaitingPrint))
                .ToListAsync(cancellationToken);
            open.ForEach(dispatch => dispatch.Fail(clock.Now, "DecisionAnnulled"));
        }

        audit.Stage(ActionFor(step), decision.ClientId);
        return await SaveAsync(user, decision, permitted, cancellationToken);
    }

    /// <summary>The client a decision belongs to, for pointing a refused user to that client's stated-reason page.</summary>
    public Task<Guid?> ClientOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.Decisions.Where(d => d.Id == id).Select(d => (Guid?)d.ClientId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The chain a client's decision is made under: the organisation's latest setting and, when the client lives in one
    /// of its areas that has its own, the area's latest; the national chain where the organisation has none.
    /// </summary>
    public async Task<ChainVersion> ChainForAsync(Guid organisationId, string? municipality, CancellationToken cancellationToken)
    {
        // A client's municipality may be recorded by its code or by its name; the area is matched either way.
        var areas = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Areas).SingleAsync(cancellationToken);
        var area = areas.FirstOrDefault(a => a.Code == municipality || a.Name.Fi == municipality || a.Name.Sv == municipality)?.Code;
        var settings = await db.DecisionChainSettings.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && (s.AreaCode == null || s.AreaCode == area))
            .ToListAsync(cancellationToken);
        return DecisionChainSetting.Resolve(
            settings.Where(s => s.AreaCode == null).MaxBy(s => s.Version),
            settings.Where(s => s.AreaCode != null).MaxBy(s => s.Version));
    }

    /// <summary>A refusal by the chain: 403 with the reason and who can, in the user's language.</summary>
    internal Result<DecisionView> NotPermitted(StepOutcome.Refused refused) =>
        Result<DecisionView>.NotPermitted(Refusal(refused), new() { ["reason"] = refused.Reason.ToString(), ["whoCan"] = refused.WhoCan.Select(r => r.ToString()).ToList() });

    /// <summary>"Only a leading social worker can sign this decision" — the refusal as a sentence.</summary>
    internal string Refusal(StepOutcome.Refused refused) => refused.WhoCan.Count == 0
        ? l["DecisionRefusal." + refused.Reason]
        : l["DecisionRefusal." + refused.Reason] + " " + l["Decisions.WhoCan", string.Join(", ", refused.WhoCan.Select(r => l["Role." + r].Value))];

    internal async Task<bool> SpecialSupportAsync(Guid clientId, CancellationToken cancellationToken) =>
        await db.Clients.Where(c => c.Id == clientId).Select(c => c.NeedsSpecialSupport).SingleAsync(cancellationToken);

    /// <summary>The decision, tracked for a change, when the user may take the action on its client.</summary>
    internal async Task<(Result<DecisionView>? Refusal, Decision? Decision, IReadOnlyList<string> Permitted)> TrackedAsync(
        CurrentUser user, string action, Guid id, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var check = decision is null ? null : await access.CheckAsync(user, action, decision.ClientId, cancellationToken);
        return check switch
        {
            null => (Result<DecisionView>.NotFound(), null, []),
            { Allowed: false } => (Result<DecisionView>.Refused(check), null, []),
            _ => (null, decision, check.PermittedActions),
        };
    }

    internal async Task<Result<DecisionView>> SaveAsync(CurrentUser user, Decision decision, IReadOnlyList<string> permitted, CancellationToken cancellationToken)
    {
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<DecisionView>.Conflict(l["Decisions.ChangedMeanwhile"]);
        }

        audit.Read(decision.ClientId);
        return Result<DecisionView>.Ok(await ViewAsync(user, decision.Id, permitted, cancellationToken));
    }

    /// <summary>What stops the decision being proposed or signed, by field, in the user's language.</summary>
    private async Task<Dictionary<string, string[]>> SigningProblemsAsync(Decision decision, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        var type = await types.FindAsync(decision.OrganisationId, decision.Content.TypeCode, cancellationToken);
        if (type is null)
        {
            validation.Add("typeCode", "Decisions.UnknownType");
        }
        else
        {
            validation.AddProblems(Messages(DecisionRules.CheckForSigning(decision.Content, ValidBases(type), type.MayBeGrantedWithoutTerm)));
        }

        return validation.Errors;
    }

    /// <summary>The provisions a decision of the type may rest on when made today.</summary>
    private HashSet<string> ValidBases(DecisionType type) => type.BasesInForceOn(clock.Today).Select(b => b.Code).ToHashSet(StringComparer.Ordinal);

    private IEnumerable<(string Field, string Message)> Messages(IEnumerable<DecisionProblem> problems) =>
        problems.Select(p => (p.Field, l["DecisionProblem." + p.Kind].Value));

    private async Task<(Decision? Previous, Result<DecisionView>? Problem)> PreviousAsync(Guid clientId, NewDecisionInput input, CancellationToken cancellationToken)
    {
        if (input is { ContinuesId: not null, CorrectsId: not null })
        {
            return (null, Result<DecisionView>.Invalid("correctsId", l["Decisions.ContinueOrCorrect"]));
        }

        var (field, previousId) = input.ContinuesId is { } continues ? ("continuesId", continues) : ("correctsId", input.CorrectsId ?? Guid.Empty);
        if (previousId == Guid.Empty)
        {
            return (null, null);
        }

        var previous = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == previousId && d.ClientId == clientId, cancellationToken);
        var fits = field == "continuesId"
            ? previous?.Status is DecisionStatus.Signed or DecisionStatus.Delivered or DecisionStatus.Ended
            : previous?.Status == DecisionStatus.Annulled;
        return fits ? (previous, null) : (null, Result<DecisionView>.Invalid(field, l[field == "continuesId" ? "Decisions.NothingToContinue" : "Decisions.NothingToCorrect"]));
    }

    /// <summary>
    /// The content of a continuation (from the day after the expiring decision ends, for the type's usual term) or of a
    /// correction (the annulled decision as it was, to be corrected).
    /// </summary>
    private DecisionContent Carried(Decision previous, bool continuation, int? termMonths)
    {
        if (!continuation)
        {
            return previous.Content;
        }

        var startsOn = previous.Content.EndsOn is { } end ? end.AddDays(1) : clock.Today;
        return previous.Content with
        {
            Outcome = DecisionOutcome.Continued,
            StartsOn = startsOn,
            EndsOn = previous.Content.EndsOn is null ? null : startsOn.AddMonths(termMonths ?? 6).AddDays(-1),
            ServiceStartedOn = null,
        };
    }

    /// <summary>A new draft of the type: in the client's language, from today for the type's usual term, with the preparer to ask.</summary>
    private async Task<DecisionContent?> FreshAsync(CurrentUser user, Guid clientId, NewDecisionInput input, string clientLanguage, DateOnly today, CancellationToken cancellationToken)
    {
        var type = await types.FindAsync(user.OrganisationId, input.TypeCode ?? "", cancellationToken);
        if (type is null)
        {
            return null;
        }

        var preparer = await db.Employees.AsNoTracking().Where(e => e.Id == user.Id)
            .Select(e => new { Name = e.FirstName + " " + e.LastName, e.Phone, e.Email }).SingleAsync(cancellationToken);
        var plan = input.PlanId is { } planId
            ? await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.ClientId == clientId && p.Status != PlanStatus.Ended).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new DecisionContent
        {
            TypeCode = type.Code,
            StartsOn = today,
            EndsOn = type.DefaultTermMonths is { } months ? today.AddMonths(months).AddDays(-1) : null,
            LegalBases = type.BasesInForceOn(today).Select(b => b.Code).ToList(),
            MoreInformation = string.Join(", ", new[] { preparer.Name, preparer.Phone, preparer.Email }.Where(t => !string.IsNullOrWhiteSpace(t))),
            Language = DecisionRules.Languages.Contains(clientLanguage) ? clientLanguage : "fi",
            PlanId = plan,
        };
    }
}
