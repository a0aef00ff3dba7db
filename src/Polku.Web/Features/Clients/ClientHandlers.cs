using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Domain.Clients;
using Polku.Domain.Common;
using Polku.Domain.Referrals;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Clients;

/// <summary>
/// A client to register; <see cref="ResponsibleWorkerId"/> names the responsible worker at once (SHL § 42).
/// <see cref="NonDisclosure"/> records a non-disclosure order (turvakielto): the address is then shown to the responsible worker only.
/// </summary>
public sealed record ClientInput(
    string? IdentityCode, DateOnly? BirthDate, string? FirstNames, string? LastName, string? Language,
    bool InterpreterNeeded, string? Municipality, string? Phone, string? Email, string? Address, Guid? ResponsibleWorkerId = null,
    bool NonDisclosure = false);

/// <summary>A client in a list; <see cref="NonDisclosure"/> marks a non-disclosure order (turvakielto). A list never carries an address.</summary>
public sealed record ClientListItem(
    Guid Id, string DisplayName, string? MaskedIdentityCode, DateOnly BirthDate, int Age, string Language, string? ResponsibleWorker,
    DateOnly? NextDueOn, bool NonDisclosure, IReadOnlyList<string> PermittedActions);

public enum ClientScope
{
    All,
    Mine,
    Team,
}

public enum ClientSort
{
    Name,
    Age,
    Language,
    NextDue,
}

/// <summary>
/// A client search: a name in either order, a birth date (d.M.yyyy) or the start of a henkilötunnus — which
/// travels in a request body, never in an address. Whose clients, and in which order.
/// </summary>
public sealed record ClientQuery(string? Search = null, ClientScope Scope = ClientScope.All, ClientSort Sort = ClientSort.Name, bool Descending = false);

public sealed record WorkerRef(Guid Id, string Name);

/// <summary>
/// A client; <see cref="ResponsibleWorkerIsSocialWorker"/> tells whether § 42 is met for a client in need of special support.
/// <see cref="NonDisclosure"/> tells everyone who reads the client of a non-disclosure order (turvakielto); the order keeps
/// <see cref="Address"/> null for all but the responsible worker, and <see cref="AddressWithheld"/> says it did
/// (<see cref="ClientAddress"/>).
/// </summary>
public sealed record ClientDetails(
    Guid Id, Guid OrganisationId, string? IdentityCode, DateOnly BirthDate, string FirstNames, string LastName, string Language, bool InterpreterNeeded,
    string? Municipality, string? Phone, string? Email, string? Address, bool NonDisclosure, bool AddressWithheld, bool NeedsSpecialSupport, WorkerRef? ResponsibleWorker,
    bool ResponsibleWorkerIsSocialWorker, Guid? UnitId, string ServiceTaskCode, int Version, IReadOnlyList<string> PermittedActions);

public sealed record ResponsibleWorkerInput(Guid? EmployeeId);

/// <summary>Sets (true) or clears (false) the non-disclosure order; <see cref="Version"/> is the client's version as read.</summary>
public sealed record NonDisclosureInput(bool? NonDisclosure, int Version);

/// <summary>The client register: one person once per organisation, found by name or a fragment of the henkilötunnus.</summary>
public sealed class ClientHandlers(PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock, ReferenceCache cache, IStringLocalizer<Strings> l)
{
    public async Task<Result<ClientDetails>> RegisterAsync(CurrentUser user, ClientInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        PersonalIdentityCode? code = null;
        if (!string.IsNullOrWhiteSpace(input.IdentityCode))
        {
            if (!PersonalIdentityCode.TryParse(input.IdentityCode, out code, out var error))
            {
                validation.Add("identityCode", "IdentityCode." + error);
            }
        }
        else if (input.BirthDate is null)
        {
            validation.Add("birthDate", "Clients.BirthDateRequired");
        }

        validation.NotInFuture("birthDate", code?.BirthDate ?? input.BirthDate, clock.Today);
        validation.RequiredText("firstNames", input.FirstNames, TextLimits.Name);
        validation.RequiredText("lastName", input.LastName, TextLimits.Name);
        if (validation.Required("language", input.Language) && !IsLanguageCode(input.Language!.Trim()))
        {
            validation.Add("language", "Clients.LanguageInvalid");
        }

        validation.MaxLength("municipality", input.Municipality, TextLimits.Name);
        validation.MaxLength("phone", input.Phone, TextLimits.Phone);
        validation.Email("email", input.Email);
        validation.MaxLength("address", input.Address, TextLimits.Address);
        if (!validation.IsValid)
        {
            return Result<ClientDetails>.Invalid(validation.Errors);
        }

        if (code is not null && await ExistingAsync(user, code.Value, cancellationToken) is { } existing)
        {
            return Duplicate(existing);
        }

        // The client is served in the registering worker's service task and unit until someone moves them.
        var unitId = await db.Employees.Where(e => e.Id == user.Id).Select(e => e.UnitId).SingleOrDefaultAsync(cancellationToken);
        var client = new Client
        {
            OrganisationId = user.OrganisationId,
            UnitId = unitId,
            ServiceTaskCode = (user.ServiceTasks.Count > 0 ? user.ServiceTasks[0] : ServiceTaskSeed.WorkingAgeSocialRehabilitation),
            IdentityCode = code?.Value,
            BirthDate = code?.BirthDate ?? input.BirthDate!.Value,
            FirstNames = "",
            LastName = "",
            Language = input.Language!.Trim().ToLowerInvariant(),
            InterpreterNeeded = input.InterpreterNeeded,
            Municipality = Blank(input.Municipality),
            Phone = Blank(input.Phone),
            Email = Blank(input.Email),
            Address = Blank(input.Address),
            NonDisclosure = input.NonDisclosure,
            RegisteredAt = clock.Now,
        };
        client.Rename(input.FirstNames!, input.LastName!);
        db.Clients.Add(client);
        if (input.ResponsibleWorkerId is { } workerId && await StageResponsibleWorkerAsync(user, client, workerId, cancellationToken) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return Result<ClientDetails>.Invalid("responsibleWorkerId", refusal);
        }

        audit.Stage(Actions.ClientCreate, client.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (code is not null)
        {
            // Someone registered the same person a moment ago: point to that record, never a second one.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(user, code.Value, cancellationToken) is { } raced)
            {
                return Duplicate(raced);
            }

            throw;
        }

        return Result<ClientDetails>.Created((await DetailsAsync(user, client.Id, cancellationToken))!);
    }

    /// <summary>The clients the user may see, found by name or the start of a henkilötunnus; the read of the page is audited.</summary>

    public async Task<Result<PagedResult<ClientListItem>>> SearchAsync(CurrentUser user, ClientQuery input, Paging paging, CancellationToken cancellationToken)
    {
        var query = access.Clients(user, Actions.ClientSearch);
        var search = ClientSearch.Parse(input.Search);
        if (search.Invalid)
        {
            return Result<PagedResult<ClientListItem>>.Invalid("search", l["Clients.SearchInvalid", TextLimits.Search]);
        }

        if (search.IdentityCodePrefix is { } prefix)
        {
            query = query.Where(c => c.IdentityCode != null && c.IdentityCode.StartsWith(prefix));
        }
        else if (search.BirthDate is { } birthDate)
        {
            query = query.Where(c => c.BirthDate == birthDate);
        }

        foreach (var word in search.Words)
        {
            query = query.Where(c => c.SearchName.Contains(word));
        }

        var userId = user.Id;
        query = input.Scope switch
        {
            ClientScope.Mine => query.Where(c => c.ResponsibleWorkerId == userId),
            ClientScope.Team => query.Where(c => c.UnitId != null && db.Employees.Any(e => e.Id == userId && e.UnitId == c.UnitId)),
            _ => query,
        };

        var (total, exact) = await query.CountAsync(paging, cancellationToken);
        var rows = await Sorted(query, input.Sort, input.Descending)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(c => new
            {
                c.Id, c.LastName, c.FirstNames, c.IdentityCode, c.BirthDate, c.Language, c.NonDisclosure,
                Worker = db.Employees.Where(e => e.Id == c.ResponsibleWorkerId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
                NextDue = db.Referrals.Where(r => r.ClientId == c.Id && r.Status == ReferralStatus.Open).Min(r => (DateOnly?)r.AssessmentStartDueOn),
            })
            .ToListAsync(cancellationToken);
        var permitted = await access.PermittedActionsAsync(user, rows.Select(r => r.Id).ToList(), cancellationToken);
        audit.Read(rows.Select(r => r.Id));
        var today = clock.Today;
        var items = rows.Select(r => new ClientListItem(
            r.Id, $"{r.LastName} {r.FirstNames}", Mask(r.IdentityCode), r.BirthDate, Age(r.BirthDate, today), r.Language, r.Worker, r.NextDue, r.NonDisclosure,
            permitted.GetValueOrDefault(r.Id, []))).ToList();
        return Result<PagedResult<ClientListItem>>.Ok(new PagedResult<ClientListItem>(items, paging.Page, paging.PageSize, total, exact));
    }

    private IQueryable<Client> Sorted(IQueryable<Client> query, ClientSort sort, bool descending) => (sort, descending) switch
    {
        (ClientSort.Age, false) => query.OrderByDescending(c => c.BirthDate).ThenBy(c => c.SearchName).ThenBy(c => c.Id),
        (ClientSort.Age, true) => query.OrderBy(c => c.BirthDate).ThenBy(c => c.SearchName).ThenBy(c => c.Id),
        (ClientSort.Language, _) => (descending ? query.OrderByDescending(c => c.Language) : query.OrderBy(c => c.Language)).ThenBy(c => c.SearchName).ThenBy(c => c.Id),
        (ClientSort.NextDue, _) => (descending
                ? query.OrderByDescending(c => db.Referrals.Where(r => r.ClientId == c.Id && r.Status == ReferralStatus.Open).Min(r => (DateOnly?)r.AssessmentStartDueOn))
                : query.OrderBy(c => db.Referrals.Where(r => r.ClientId == c.Id && r.Status == ReferralStatus.Open).Min(r => (DateOnly?)r.AssessmentStartDueOn) == null)
                    .ThenBy(c => db.Referrals.Where(r => r.ClientId == c.Id && r.Status == ReferralStatus.Open).Min(r => (DateOnly?)r.AssessmentStartDueOn)))
            .ThenBy(c => c.SearchName).ThenBy(c => c.Id),
        (_, true) => query.OrderByDescending(c => c.SearchName).ThenByDescending(c => c.Id),
        _ => query.OrderBy(c => c.SearchName).ThenBy(c => c.Id),
    };

    private static int Age(DateOnly birthDate, DateOnly today) =>
        today.Year - birthDate.Year - (today < birthDate.AddYears(today.Year - birthDate.Year) ? 1 : 0);

    /// <summary>One client with the actions the user may take on the record; the read is audited.</summary>
    public async Task<Result<ClientDetails>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientRead, id, cancellationToken);
        if (!check.Allowed)
        {
            return Result<ClientDetails>.Refused(check);
        }

        audit.Read(id);
        return Result<ClientDetails>.Ok((await DetailsAsync(user, id, cancellationToken, check.PermittedActions))!);
    }

    /// <summary>SHL § 42: names the responsible worker and keeps the history of earlier ones.</summary>
    public async Task<Result<ClientDetails>> AssignResponsibleWorkerAsync(CurrentUser user, Guid clientId, ResponsibleWorkerInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ResponsibleWorkerAssign, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<ClientDetails>.Refused(check);
        }

        if (await StageResponsibleWorkerAsync(user, clientId, input.EmployeeId, cancellationToken) is { } refusal)
        {
            return Result<ClientDetails>.Invalid("employeeId", refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        return Result<ClientDetails>.Ok((await DetailsAsync(user, clientId, cancellationToken))!);
    }

    /// <summary>
    /// Sets or clears the non-disclosure order (turvakielto) against the version the user read, so nobody clears an
    /// order they have not seen. Whoever may change the client may do it; the change is audited.
    /// </summary>
    public async Task<Result<ClientDetails>> SetNonDisclosureAsync(CurrentUser user, Guid clientId, NonDisclosureInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientUpdate, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<ClientDetails>.Refused(check);
        }

        if (input.NonDisclosure is not { } nonDisclosure)
        {
            return Result<ClientDetails>.Invalid("nonDisclosure", l["Validation.Required"]);
        }

        var client = await db.Clients.SingleAsync(c => c.Id == clientId, cancellationToken);
        db.ExpectVersion(client, input.Version);
        client.NonDisclosure = nonDisclosure;
        audit.Stage(Actions.ClientUpdate, clientId);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<ClientDetails>.Conflict(l["Problem.Conflict"]);
        }

        return Result<ClientDetails>.Ok((await DetailsAsync(user, clientId, cancellationToken, check.PermittedActions))!);
    }

    /// <summary>
    /// Active social workers and counsellors of an organisation, to hand work to; only social workers when the work
    /// is a client in need of special support's (§ 42). Kept in memory: the client page offers them on every view.
    /// </summary>
    public Task<IReadOnlyList<WorkerRef>> WorkersAsync(Guid organisationId, bool socialWorkersOnly, CancellationToken cancellationToken) =>
        cache.GetAsync<IReadOnlyList<WorkerRef>>(("workers", organisationId, socialWorkersOnly), async () => await db.Employees.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.Active
                && e.Roles.Any(r => r.Role == Domain.People.Role.SocialWorker || (r.Role == Domain.People.Role.SocialCounsellor && !socialWorkersOnly)))
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName)
            .Select(e => new WorkerRef(e.Id, e.FirstName + " " + e.LastName))
            .ToListAsync(cancellationToken));

    /// <summary>
    /// Names the responsible worker in the caller's unit of work, ending the earlier period (the history is kept);
    /// the caller has checked the client and saves. Returns why not, in the user's language, when § 42 refuses.
    /// </summary>
    public async Task<string?> StageResponsibleWorkerAsync(CurrentUser user, Guid clientId, Guid? employeeId, CancellationToken cancellationToken) =>
        await StageResponsibleWorkerAsync(user, await db.Clients.SingleAsync(c => c.Id == clientId, cancellationToken), employeeId, cancellationToken);

    private async Task<string?> StageResponsibleWorkerAsync(CurrentUser user, Client client, Guid? employeeId, CancellationToken cancellationToken)
    {
        var clientId = client.Id;
        var employee = employeeId is { } id
            ? await db.Employees.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new { e.Id, e.OrganisationId, e.Active, Roles = e.Roles.Select(r => r.Role).ToList() })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (employee is null)
        {
            return l["Clients.WorkerUnknown"];
        }

        var refusal = ResponsibleWorkerRule.Check(client, employee.OrganisationId, employee.Active, employee.Roles);
        if (refusal != ResponsibleWorkerRefusal.None)
        {
            return l["Clients.WorkerRefused." + refusal];
        }

        if (client.ResponsibleWorkerId != employee.Id)
        {
            var now = clock.Now;
            await db.ResponsibleWorkerAssignments
                .Where(a => a.ClientId == clientId && a.EndedAt == null)
                .ForEachAsync(a => a.EndedAt = now, cancellationToken);
            db.ResponsibleWorkerAssignments.Add(new ResponsibleWorkerAssignment { ClientId = clientId, EmployeeId = employee.Id, StartedAt = now, AssignedBy = user.Id });
            client.ResponsibleWorkerId = employee.Id;
            audit.Stage(Actions.ResponsibleWorkerAssign, clientId);
        }

        return null;
    }

    public static string? Mask(string? identityCode) =>
        identityCode is null ? null : PersonalIdentityCode.TryParse(identityCode, out var code, out _) ? code.Masked : null;

    /// <summary>The client as this user may see them: the address only as <see cref="ClientAddress"/> lets it out.</summary>
    private async Task<ClientDetails?> DetailsAsync(CurrentUser user, Guid id, CancellationToken cancellationToken, IReadOnlyList<string>? permitted = null)
    {
        var row = await db.Clients.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.ResponsibleWorkerId,
                // The worker's name as a scalar: an object here would make the database number every employee to pick one.
                WorkerName = db.Employees.Where(e => e.Id == c.ResponsibleWorkerId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
                Details = new ClientDetails(
                    c.Id, c.OrganisationId, c.IdentityCode, c.BirthDate, c.FirstNames, c.LastName, c.Language, c.InterpreterNeeded,
                    c.Municipality, c.Phone, c.Email, c.Address, c.NonDisclosure, false, c.NeedsSpecialSupport, null,
                    db.Employees.Any(e => e.Id == c.ResponsibleWorkerId && e.Roles.Any(r => r.Role == Domain.People.Role.SocialWorker)),
                    c.UnitId, c.ServiceTaskCode, c.Version, Array.Empty<string>()),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var details = row.Details;
        return details with
        {
            ResponsibleWorker = row is { ResponsibleWorkerId: { } workerId, WorkerName: { } name } ? new WorkerRef(workerId, name) : null,
            Address = ClientAddress.Visible(details.Address, details.NonDisclosure, row.ResponsibleWorkerId, user.Id),
            AddressWithheld = ClientAddress.IsWithheld(details.NonDisclosure, row.ResponsibleWorkerId, user.Id),
            PermittedActions = permitted ?? (await access.PermittedActionsAsync(user, [id], cancellationToken)).GetValueOrDefault(id, []),
        };
    }

    /// <summary>A person already registered in the organisation, whether or not this user may see them.</summary>
    private Task<Guid?> ExistingAsync(CurrentUser user, string identityCode, CancellationToken cancellationToken) =>
        access.Registered(user)
            .Where(c => c.IdentityCode == identityCode)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private Result<ClientDetails> Duplicate(Guid existing) =>
        Result<ClientDetails>.Conflict(l["Clients.Duplicate"], new() { ["existingClientId"] = existing });

    private static bool IsLanguageCode(string code) =>
        code.Length == 2 && CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Any(c => string.Equals(c.TwoLetterISOLanguageName, code, StringComparison.OrdinalIgnoreCase));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
