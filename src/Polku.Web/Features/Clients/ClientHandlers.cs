using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Clients;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Clients;

public sealed record ClientInput(
    string? IdentityCode, DateOnly? BirthDate, string? FirstNames, string? LastName, string? Language,
    bool InterpreterNeeded, string? Municipality, string? Phone, string? Email, string? Address);

public sealed record ClientListItem(Guid Id, string DisplayName, string? MaskedIdentityCode, DateOnly BirthDate, string Language, string? ResponsibleWorker);

public sealed record WorkerRef(Guid Id, string Name);

public sealed record ClientDetails(
    Guid Id, string? IdentityCode, DateOnly BirthDate, string FirstNames, string LastName, string Language, bool InterpreterNeeded,
    string? Municipality, string? Phone, string? Email, string? Address, bool NeedsSpecialSupport, WorkerRef? ResponsibleWorker, int Version);

public sealed record ResponsibleWorkerInput(Guid? EmployeeId);

/// <summary>The client register: one person once per organisation, found by name or a fragment of the henkilötunnus.</summary>
public sealed class ClientHandlers(PolkuDbContext db, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
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
        validation.RequiredText("firstNames", input.FirstNames, 100);
        validation.RequiredText("lastName", input.LastName, 100);
        if (validation.Required("language", input.Language) && !IsLanguageCode(input.Language!.Trim()))
        {
            validation.Add("language", "Clients.LanguageInvalid");
        }

        validation.MaxLength("municipality", input.Municipality, 100);
        validation.MaxLength("phone", input.Phone, 40);
        validation.Email("email", input.Email);
        validation.MaxLength("address", input.Address, 300);
        if (!validation.IsValid)
        {
            return Result<ClientDetails>.Invalid(validation.Errors);
        }

        if (code is not null && await ExistingAsync(user, code.Value, cancellationToken) is { } existing)
        {
            return Duplicate(existing);
        }

        var client = new Client
        {
            OrganisationId = user.OrganisationId,
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
            RegisteredAt = clock.Now,
        };
        client.Rename(input.FirstNames!, input.LastName!);
        db.Clients.Add(client);
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

    public async Task<PagedResult<ClientListItem>> SearchAsync(CurrentUser user, string? search, Paging paging, CancellationToken cancellationToken)
    {
        var query = db.VisibleClients(user).AsNoTracking();
        var term = search?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            query = char.IsAsciiDigit(term[0])
                ? query.Where(c => c.IdentityCode != null && c.IdentityCode.StartsWith(term.ToUpperInvariant()))
                : query.Where(c => c.SearchName.Contains(term.ToLowerInvariant()));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(c => c.SearchName).ThenBy(c => c.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(c => new
            {
                c.Id, c.LastName, c.FirstNames, c.IdentityCode, c.BirthDate, c.Language,
                Worker = db.Employees.Where(e => e.Id == c.ResponsibleWorkerId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ClientListItem(r.Id, $"{r.LastName} {r.FirstNames}", Mask(r.IdentityCode), r.BirthDate, r.Language, r.Worker)).ToList();
        if (items.Count > 0)
        {
            await audit.RecordReadAsync(Actions.ClientSearch, items.Select(i => i.Id), cancellationToken);
        }

        return new PagedResult<ClientListItem>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>One client; the read is audited.</summary>
    public async Task<ClientDetails?> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var details = await DetailsAsync(user, id, cancellationToken);
        if (details is not null)
        {
            await audit.RecordReadAsync(Actions.ClientRead, id, cancellationToken);
        }

        return details;
    }

    /// <summary>SHL § 42: names the responsible worker and keeps the history of earlier ones.</summary>
    public async Task<Result<ClientDetails>> AssignResponsibleWorkerAsync(CurrentUser user, Guid clientId, ResponsibleWorkerInput input, CancellationToken cancellationToken)
    {
        var client = await db.VisibleClients(user).SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return Result<ClientDetails>.NotFound();
        }

        var employee = input.EmployeeId is { } employeeId
            ? await db.Employees.AsNoTracking().Where(e => e.Id == employeeId)
                .Select(e => new { e.Id, e.OrganisationId, e.Active, Roles = e.Roles.Select(r => r.Role).ToList() })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (employee is null)
        {
            return Result<ClientDetails>.Invalid("employeeId", l["Clients.WorkerUnknown"]);
        }

        var refusal = ResponsibleWorkerRule.Check(client, employee.OrganisationId, employee.Active, employee.Roles);
        if (refusal != ResponsibleWorkerRefusal.None)
        {
            return Result<ClientDetails>.Invalid("employeeId", l["Clients.WorkerRefused." + refusal]);
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
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result<ClientDetails>.Ok((await DetailsAsync(user, clientId, cancellationToken))!);
    }

    /// <summary>Active social workers and counsellors of the organisation, who can be named responsible workers.</summary>
    public Task<List<WorkerRef>> WorkerOptionsAsync(CurrentUser user, CancellationToken cancellationToken) =>
        db.Employees.AsNoTracking()
            .Where(e => e.OrganisationId == user.OrganisationId && e.Active
                && e.Roles.Any(r => r.Role == Domain.People.Role.SocialWorker || r.Role == Domain.People.Role.SocialCounsellor))
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName)
            .Select(e => new WorkerRef(e.Id, e.FirstName + " " + e.LastName))
            .ToListAsync(cancellationToken);

    public Task<bool> IsSocialWorkerAsync(Guid employeeId, CancellationToken cancellationToken) =>
        db.Employees.AnyAsync(e => e.Id == employeeId && e.Roles.Any(r => r.Role == Domain.People.Role.SocialWorker), cancellationToken);

    public static string? Mask(string? identityCode) =>
        identityCode is null ? null : PersonalIdentityCode.TryParse(identityCode, out var code, out _) ? code.Masked : null;

    private Task<ClientDetails?> DetailsAsync(CurrentUser user, Guid id, CancellationToken cancellationToken) =>
        db.VisibleClients(user).AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ClientDetails(
                c.Id, c.IdentityCode, c.BirthDate, c.FirstNames, c.LastName, c.Language, c.InterpreterNeeded,
                c.Municipality, c.Phone, c.Email, c.Address, c.NeedsSpecialSupport,
                db.Employees.Where(e => e.Id == c.ResponsibleWorkerId).Select(e => new WorkerRef(e.Id, e.FirstName + " " + e.LastName)).FirstOrDefault(),
                c.Version))
            .SingleOrDefaultAsync(cancellationToken);

    private Task<Guid?> ExistingAsync(CurrentUser user, string identityCode, CancellationToken cancellationToken) =>
        db.VisibleClients(user).AsNoTracking()
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
