using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.People;
using Polku.Domain.Plans;
using Polku.Domain.Services;
using Polku.Web.Features.Clients;
using Polku.Web.Features.Decisions;
using Polku.Web.Features.Paths;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.ProviderReferrals;

/// <summary>
/// A referral to a provider as the worker sends it: the service, the granting decision when the service needs one, the
/// basis for disclosing the client's data outside the organisation, and the plan goals (keys or titles) that concern the service.
/// </summary>
public sealed record ProviderReferralInput(Guid? ServiceId, Guid? DecisionId, DisclosureBasis? Disclosure, string? DisclosureNote, IReadOnlyList<string>? Goals);

/// <summary>The next step on a referral: the version read; a decline's or an unsuccessful end's reason; the end's outcome; the day (today when not given).</summary>
public sealed record ProviderReferralStepInput(int Version, string? Reason = null, ServiceOutcome? Outcome = null, DateOnly? On = null);

public enum ProviderReferralStepKind
{
    Accept,
    Decline,
    Start,
    End,
}

public sealed record ProviderReferralHistoryItem(ProviderReferralStatus Status, DateOnly On, string By, string Note);

/// <summary>The next step of the client's path, proposed when a service ends.</summary>
public sealed record NextPathStep(string Template, string Step);

/// <summary>
/// A referral as it travels: who the client is (name, birth date, language — never an address), the decision's summary and
/// the goals chosen, the worker who sent it and how to reach them, and the steps the user may take next.
/// </summary>
public sealed record ProviderReferralView(
    Guid Id, Guid ClientId, string ClientName, DateOnly BirthDate, string Language, Guid ServiceId, string ServiceName, ProducerType Producer,
    Guid? ProviderId, string? ProviderName, ProviderReferralStatus Status, DateOnly SentOn, DisclosureBasis Disclosure, string DisclosureNote,
    string Summary, IReadOnlyList<string> Goals, DateOnly? StartedOn, DateOnly? EndedOn, ServiceOutcome? Outcome, string Reason,
    WorkerRef Worker, string WorkerContact, IReadOnlyList<ProviderReferralHistoryItem> History, IReadOnlyList<ProviderReferralStatus> Next,
    int Version, IReadOnlyList<NextPathStep> NextSteps);

public sealed record ServiceChoice(Guid Id, string Name, ProducerType Producer, bool RequiresDecision);

public sealed record Choice(string Value, string Label);

/// <summary>What a worker sending a referral chooses from: the organisation's active services, the client's granting decisions and plan goals.</summary>
public sealed record SendChoices(Guid ClientId, string ClientName, IReadOnlyList<ServiceChoice> Services, IReadOnlyList<Choice> Decisions, IReadOnlyList<Choice> Goals);

/// <summary>Which referrals a list shows: by status, and for one client.</summary>
public sealed record ProviderReferralFilter(IReadOnlyList<ProviderReferralStatus>? Statuses = null, Guid? ClientId = null);

/// <summary>
/// Referrals to providers (domain.md step 6): the worker sends, the provider accepts or declines, starts and ends the
/// service. Workers reach their clients' referrals; a provider's staff only those sent to their own organisation.
/// Every read and write is checked against the client and audited.
/// </summary>
public sealed class ProviderReferralHandlers(
    PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock, PathRecorder paths, PathQuery pathQuery, DecisionTypeQuery types,
    IStringLocalizer<Strings> l)
{
    public async Task<Result<ProviderReferralView>> SendAsync(CurrentUser user, Guid clientId, ProviderReferralInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<ProviderReferralView>.Refused(check);
        }

        var today = clock.Today;
        var organisationId = user.OrganisationId;
        var validation = new Validation(l);
        var service = input.ServiceId is { } serviceId
            ? await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId && s.OrganisationId == organisationId, cancellationToken)
            : null;
        if (service is null)
        {
            validation.Add("serviceId", input.ServiceId is null ? "Validation.Required" : "ProviderReferrals.ServiceUnknown");
        }
        else if (!service.IsActiveOn(today))
        {
            validation.Add("serviceId", "ProviderReferrals.ServiceNotActive");
        }

        string summary = "";
        if (input.DecisionId is { } decisionId)
        {
            var decision = await db.Decisions.AsNoTracking().Where(d => d.Id == decisionId && d.ClientId == clientId)
                .Select(d => new { d.Status, d.Content }).SingleOrDefaultAsync(cancellationToken);
            if (decision is null || !CommitmentRules.IsGranting(decision.Status, decision.Content.Outcome))
            {
                validation.Add("decisionId", "ProviderReferrals.DecisionNotGranting");
            }
            else if (service?.DecisionTypeCode is { } typeCode && decision.Content.TypeCode != typeCode)
            {
                validation.Add("decisionId", "ProviderReferrals.DecisionOtherService");
            }
            else
            {
                summary = await SummaryAsync(organisationId, decision.Content, cancellationToken);
            }
        }
        else if (service is { RequiresDecision: true })
        {
            validation.Add("decisionId", "ProviderReferrals.DecisionRequired");
        }

        var note = input.DisclosureNote?.Trim() ?? "";
        validation.MaxLength("disclosureNote", note, TextLimits.Explanation);
        if (service is not null && service.Producer != ProducerType.Own)
        {
            // The data leaves the organisation: only on the client's recorded consent or a provision of law (Act 703/2023 § 17–18).
            if (input.Disclosure is null)
            {
                validation.Add("disclosure", "ProviderReferrals.DisclosureMissing");
            }
            else if (note.Length == 0)
            {
                validation.Add("disclosureNote", "ProviderReferrals.DisclosureMissing");
            }
        }

        var goals = await GoalsAsync(clientId, input.Goals ?? [], cancellationToken);
        if (goals is null)
        {
            validation.Add("goals", "ProviderReferrals.GoalUnknown");
        }

        if (!validation.IsValid)
        {
            return Result<ProviderReferralView>.Invalid(validation.Errors);
        }

        var referral = ProviderReferral.Send(
            organisationId, clientId, service!, input.DecisionId, input.Disclosure ?? DisclosureBasis.Law, note, summary, goals!, user.Id, today);
        db.ProviderReferrals.Add(referral);
        audit.Stage(Actions.ClientServiceArrange, clientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        return Result<ProviderReferralView>.Created(await ViewAsync(user, referral.Id, check.PermittedActions, [], cancellationToken));
    }

    /// <summary>The choices of the send form, for a user who may arrange the client's services.</summary>
    public async Task<Result<SendChoices>> ChoicesAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<SendChoices>.Refused(check);
        }

        var language = UiLanguage.Current;
        var today = clock.Today;
        var organisationId = user.OrganisationId;
        var name = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.LastName + " " + c.FirstNames).SingleAsync(cancellationToken);
        var services = (await db.Services.AsNoTracking()
                .Where(s => s.OrganisationId == organisationId && s.ActiveFrom <= today && (s.ActiveUntil == null || s.ActiveUntil >= today))
                .Select(s => new { s.Id, s.Name, s.Producer, s.RequiresDecision }).ToListAsync(cancellationToken))
            .Select(s => new ServiceChoice(s.Id, s.Name.In(language), s.Producer, s.RequiresDecision))
            .OrderBy(s => s.Name, StringComparer.Create(CultureInfo.GetCultureInfo(language), false))
            .ToList();
        // The content is stored whole, so whether a decision grants is read from it here rather than in the query.
        var granting = (await db.Decisions.AsNoTracking().Where(d => d.ClientId == clientId)
                .OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id).Take(50)
                .Select(d => new { d.Id, d.Status, d.Content }).ToListAsync(cancellationToken))
            .Where(d => CommitmentRules.IsGranting(d.Status, d.Content.Outcome))
            .ToList();
        var typeNames = granting.Count == 0 ? []
            : (await types.AllAsync(organisationId, cancellationToken)).ToDictionary(t => t.Code, t => t.Name.In(language), StringComparer.Ordinal);
        var decisions = granting
            .Select(d => new Choice(d.Id.ToString(), $"{typeNames.GetValueOrDefault(d.Content.TypeCode, d.Content.TypeCode)}{Term(d.Content.StartsOn, d.Content.EndsOn)}"))
            .ToList();
        var goals = (await PlanGoalsAsync(clientId, cancellationToken)).Select(g => new Choice(g.Key.ToString(), g.Title)).ToList();
        audit.Read(clientId);
        return Result<SendChoices>.Ok(new SendChoices(clientId, name, services, decisions, goals));
    }

    private static string Term(DateOnly? starts, DateOnly? ends) =>
        starts is { } s ? $" {Format.Date(s)}–{(ends is { } e ? Format.Date(e) : "")}" : "";

    /// <summary>The client a referral concerns, for pointing a refused user to the client's stated-reason page.</summary>
    public Task<Guid?> ClientOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.ProviderReferrals.Where(r => r.Id == id).Select(r => (Guid?)r.ClientId).SingleOrDefaultAsync(cancellationToken);

    public async Task<Result<ProviderReferralView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var (refusal, referral, permitted) = await CheckedAsync(user, Actions.ClientServiceRead, id, tracked: false, cancellationToken);
        if (referral is null)
        {
            return refusal!;
        }

        audit.Read(referral.ClientId);
        return Result<ProviderReferralView>.Ok(await ViewAsync(user, id, permitted, [], cancellationToken));
    }

    /// <summary>
    /// Workers see the referrals of the clients they may read; a provider's staff those sent to their organisation. Newest first.
    /// </summary>
    public async Task<PagedResult<ProviderReferralView>> ListAsync(CurrentUser user, ProviderReferralFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var query = Rows(user, Actions.ClientServiceRead);
        if (filter.Statuses is { Count: > 0 } statuses)
        {
            query = query.Where(r => statuses.Contains(r.Status));
        }

        if (filter.ClientId is { } clientId)
        {
            query = query.Where(r => r.ClientId == clientId);
        }

        var (total, exact) = await query.CountAsync(paging, cancellationToken);
        var rows = await query.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var permitted = await access.PermittedActionsAsync(user, rows.Select(r => r.ClientId).Distinct().ToList(), cancellationToken);
        var views = await ToViewsAsync(user, rows, r => permitted.GetValueOrDefault(r.ClientId, []), [], cancellationToken);
        audit.Read(rows.Select(r => r.ClientId));
        return new PagedResult<ProviderReferralView>(views, paging.Page, paging.PageSize, total, exact);
    }

    /// <summary>
    /// Accepts, declines, starts or ends the service. A start records the client's move on the paths; an end ends the
    /// client's running payment commitments for the service in the same save and proposes the next step of the path.
    /// </summary>
    public async Task<Result<ProviderReferralView>> StepAsync(CurrentUser user, Guid id, ProviderReferralStepKind step, ProviderReferralStepInput input, CancellationToken cancellationToken)
    {
        var (refusal, referral, permitted) = await CheckedAsync(user, Actions.ClientServiceRespond, id, tracked: true, cancellationToken);
        if (referral is null)
        {
            return refusal!;
        }

        var to = step switch
        {
            ProviderReferralStepKind.Accept => ProviderReferralStatus.Accepted,
            ProviderReferralStepKind.Decline => ProviderReferralStatus.Declined,
            ProviderReferralStepKind.Start => ProviderReferralStatus.Started,
            _ => ProviderReferralStatus.Ended,
        };
        if (!referral.Next.Contains(to))
        {
            return Result<ProviderReferralView>.Conflict(l["ProviderReferrals.WrongStep", l["ProviderReferralStatus." + referral.Status], l["ProviderReferralStatus." + to]]);
        }

        var today = clock.Today;
        var on = input.On ?? today;
        var reason = input.Reason?.Trim() ?? "";
        var validation = new Validation(l);
        validation.MaxLength("reason", reason, TextLimits.Explanation);
        validation.NotInFuture("on", on, today);
        if (on < referral.SentOn || (referral.StartedOn is { } started && on < started))
        {
            validation.Add("on", "ProviderReferrals.BeforeSent");
        }

        if (step == ProviderReferralStepKind.Decline && reason.Length == 0)
        {
            validation.Add("reason", "ProviderReferrals.ReasonRequired");
        }

        if (step == ProviderReferralStepKind.End)
        {
            if (input.Outcome is null)
            {
                validation.Add("outcome", "Validation.Required");
            }
            else if (input.Outcome != ServiceOutcome.Completed && reason.Length == 0)
            {
                validation.Add("reason", "ProviderReferrals.EndReasonRequired");
            }
        }

        if (!validation.IsValid)
        {
            return Result<ProviderReferralView>.Invalid(validation.Errors);
        }

        db.ExpectVersion(referral, input.Version);
        switch (step)
        {
            case ProviderReferralStepKind.Accept:
                referral.Accept(user.Id, on);
                break;
            case ProviderReferralStepKind.Decline:
                referral.Decline(reason, user.Id, on);
                break;
            case ProviderReferralStepKind.Start:
                await paths.RecordStartAsync(referral.OrganisationId, referral.ClientId, referral.ServiceId, on, cancellationToken);
                referral.Start(user.Id, on);
                break;
            default:
                referral.End(input.Outcome!.Value, reason, user.Id, on);
                // Ending a service ends its commitment: the provider is paid up to the day the service ended.
                var clientId = referral.ClientId;
                var serviceId = referral.ServiceId;
                var running = await db.PaymentCommitments
                    .Where(c => c.ClientId == clientId && c.ServiceId == serviceId && c.EndedOn == null && c.StartsOn <= on && c.EndsOn >= on)
                    .ToListAsync(cancellationToken);
                foreach (var commitment in running)
                {
                    commitment.End(on);
                }

                break;
        }

        audit.Stage(Actions.ClientServiceRespond, referral.ClientId);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<ProviderReferralView>.Conflict(l["Problem.Conflict"]);
        }

        audit.Read(referral.ClientId);
        IReadOnlyList<NextPathStep> next = [];
        if (step == ProviderReferralStepKind.End)
        {
            var path = await pathQuery.ForClientAsync(referral.OrganisationId, referral.ClientId, cancellationToken);
            next = path.Templates.Where(t => t.Proposal is not null).Select(t => new NextPathStep(t.Name, t.Proposal!.Name)).ToList();
        }

        // The answer is built from the referral itself: an ended referral no longer lets a provider's staff reach the client.
        return Result<ProviderReferralView>.Ok(await ViewAsync(user, id, permitted, next, cancellationToken, checkAccess: false));
    }

    /// <summary>The client's plan goals in force, keyed by their key; the goals chosen by key or title, or null when one is not the client's.</summary>
    public async Task<IReadOnlyList<PlanGoal>> PlanGoalsAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Versions)
            .Where(p => p.ClientId == clientId && p.Status == PlanStatus.Agreed)
            .OrderByDescending(p => p.CreatedOn).FirstOrDefaultAsync(cancellationToken);
        return plan?.InForce?.Content.Goals ?? [];
    }

    private async Task<List<string>?> GoalsAsync(Guid clientId, IReadOnlyList<string> chosen, CancellationToken cancellationToken)
    {
        var wanted = chosen.OfType<string>().Select(g => g.Trim()).Where(g => g.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var goals = await PlanGoalsAsync(clientId, cancellationToken);
        var titles = new List<string>();
        foreach (var choice in wanted)
        {
            var goal = goals.FirstOrDefault(g => g.Key.ToString() == choice || string.Equals(g.Title.Trim(), choice, StringComparison.OrdinalIgnoreCase));
            if (goal is null)
            {
                return null;
            }

            titles.Add(goal.Title);
        }

        return titles.Distinct().ToList();
    }

    /// <summary>What travels of the decision: its type, its term and what was decided, in the decision's language.</summary>
    private async Task<string> SummaryAsync(Guid organisationId, DecisionContent content, CancellationToken cancellationToken)
    {
        var type = await types.FindAsync(organisationId, content.TypeCode, cancellationToken);
        var language = content.Language == "sv" ? "sv" : "fi";
        var term = content.StartsOn is { } starts ? $" {Format.Date(starts)}–{(content.EndsOn is { } ends ? Format.Date(ends) : "")}" : "";
        var text = $"{type?.Name.In(language) ?? content.TypeCode}{term}. {content.Decided.Trim()}".Trim();
        return text.Length > TextLimits.Text ? text[..TextLimits.Text] : text;
    }

    private async Task<(Result<ProviderReferralView>? Refusal, ProviderReferral? Referral, IReadOnlyList<string> Permitted)> CheckedAsync(
        CurrentUser user, string action, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var source = tracked ? db.ProviderReferrals : db.ProviderReferrals.AsNoTracking();
        var referral = await source.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        // A provider's staff never learn of a referral sent to another provider.
        if (referral is null || (IsProviderStaff(user) && referral.ProviderId != user.OrganisationId))
        {
            return (Result<ProviderReferralView>.NotFound(), null, []);
        }

        var check = await access.CheckAsync(user, action, referral.ClientId, cancellationToken);
        return check.Allowed ? (null, referral, check.PermittedActions) : (Result<ProviderReferralView>.Refused(check), null, []);
    }

    private static bool IsProviderStaff(CurrentUser user) => user.Has(Role.ProviderStaff);

    private async Task<ProviderReferralView> ViewAsync(
        CurrentUser user, Guid id, IReadOnlyList<string> permitted, IReadOnlyList<NextPathStep> next, CancellationToken cancellationToken, bool checkAccess = true)
    {
        var rows = checkAccess ? Rows(user, Actions.ClientServiceRead) : AllRows();
        var row = await rows.SingleAsync(r => r.Id == id, cancellationToken);
        return (await ToViewsAsync(user, [row], _ => permitted, next, cancellationToken))[0];
    }

    /// <summary>Referrals of the clients the user may take the action on; for a provider's staff only those sent to their organisation.</summary>
    private IQueryable<ReferralRow> Rows(CurrentUser user, string action)
    {
        var organisationId = user.OrganisationId;
        var providerStaff = IsProviderStaff(user);
        var clients = access.Clients(user, action);
        return Project(db.ProviderReferrals.AsNoTracking().Where(r => !providerStaff || r.ProviderId == organisationId), clients);
    }

    /// <summary>For the answer to a step already checked and taken.</summary>
    private IQueryable<ReferralRow> AllRows() => Project(db.ProviderReferrals.AsNoTracking(), db.Clients.AsNoTracking());

    private IQueryable<ReferralRow> Project(IQueryable<ProviderReferral> referrals, IQueryable<Domain.Clients.Client> clients) =>
        from r in referrals
        join c in clients on r.ClientId equals c.Id
        join s in db.Services on r.ServiceId equals s.Id
        select new ReferralRow
        {
            Id = r.Id, ClientId = r.ClientId, ClientName = c.LastName + " " + c.FirstNames, BirthDate = c.BirthDate, Language = c.Language,
            ServiceId = s.Id, ServiceFi = s.Name.Fi, ServiceSv = s.Name.Sv, ServiceEn = s.Name.En, Producer = s.Producer, ProviderId = r.ProviderId,
            Status = r.Status, SentOn = r.SentOn, Disclosure = r.Disclosure, DisclosureNote = r.DisclosureNote, Summary = r.Summary, Goals = r.Goals,
            StartedOn = r.StartedOn, EndedOn = r.EndedOn, Outcome = r.Outcome, Reason = r.Reason, History = r.History, Version = r.Version,
        };

    private async Task<List<ProviderReferralView>> ToViewsAsync(
        CurrentUser user, IReadOnlyList<ReferralRow> rows, Func<ReferralRow, IReadOnlyList<string>> permitted, IReadOnlyList<NextPathStep> next,
        CancellationToken cancellationToken)
    {
        var language = UiLanguage.Current;
        var people = rows.SelectMany(r => r.History.Select(h => h.ById)).Distinct().ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => people.Contains(e.Id))
            .Select(e => new { e.Id, Name = e.FirstName + " " + e.LastName, e.Title, e.Email, e.Phone }).ToDictionaryAsync(e => e.Id, cancellationToken);
        var providerIds = rows.Where(r => r.ProviderId != null).Select(r => r.ProviderId!.Value).Distinct().ToList();
        var providers = await db.Organisations.AsNoTracking().Where(o => providerIds.Contains(o.Id)).Select(o => new { o.Id, o.Name })
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return rows.Select(r =>
        {
            var senderId = r.History.Count > 0 ? r.History[0].ById : Guid.Empty;
            var sender = employees.GetValueOrDefault(senderId);
            var contact = sender is null ? "" : string.Join(", ", new[] { sender.Title, sender.Phone, sender.Email }.Where(v => !string.IsNullOrWhiteSpace(v)));
            var mayRespond = permitted(r).Contains(Actions.ClientServiceRespond);
            var service = new LocalizedName(r.ServiceFi, r.ServiceSv, r.ServiceEn).In(language);
            return new ProviderReferralView(
                r.Id, r.ClientId, r.ClientName, r.BirthDate, r.Language, r.ServiceId, service, r.Producer,
                r.ProviderId, r.ProviderId is { } provider && providers.TryGetValue(provider, out var name) ? name.In(language) : null,
                r.Status, r.SentOn, r.Disclosure, r.DisclosureNote, r.Summary, r.Goals, r.StartedOn, r.EndedOn, r.Outcome, r.Reason,
                new WorkerRef(senderId, sender?.Name ?? ""), contact,
                r.History.Select(h => new ProviderReferralHistoryItem(h.Status, h.On, employees.GetValueOrDefault(h.ById)?.Name ?? "", h.Note)).ToList(),
                mayRespond ? NextOf(r.Status) : [], r.Version, next);
        }).ToList();
    }

    private static IReadOnlyList<ProviderReferralStatus> NextOf(ProviderReferralStatus status) => status switch
    {
        ProviderReferralStatus.Sent => [ProviderReferralStatus.Accepted, ProviderReferralStatus.Declined, ProviderReferralStatus.Started],
        ProviderReferralStatus.Accepted => [ProviderReferralStatus.Started, ProviderReferralStatus.Ended],
        ProviderReferralStatus.Started => [ProviderReferralStatus.Ended],
        _ => [],
    };

    /// <summary>Filled by an initializer so that later filters and ordering still translate to SQL.</summary>
    private sealed class ReferralRow
    {
        public Guid Id { get; init; }

        public Guid ClientId { get; init; }

        public string ClientName { get; init; } = "";

        public DateOnly BirthDate { get; init; }

        public string Language { get; init; } = "";

        public Guid ServiceId { get; init; }

        public string ServiceFi { get; init; } = "";

        public string ServiceSv { get; init; } = "";

        public string ServiceEn { get; init; } = "";

        public ProducerType Producer { get; init; }

        public Guid? ProviderId { get; init; }

        public ProviderReferralStatus Status { get; init; }

        public DateOnly SentOn { get; init; }

        public DisclosureBasis Disclosure { get; init; }

        public string DisclosureNote { get; init; } = "";

        public string Summary { get; init; } = "";

        public List<string> Goals { get; init; } = [];

        public DateOnly? StartedOn { get; init; }

        public DateOnly? EndedOn { get; init; }

        public ServiceOutcome? Outcome { get; init; }

        public string Reason { get; init; } = "";

        public List<ProviderReferralStep> History { get; init; } = [];

        public int Version { get; init; }
    }
}
