using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.People;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.People;

public sealed record EmployeeListItem(Guid Id, string DisplayName, string Title, IReadOnlyList<Role> Roles);

public sealed record EmployeeDetails(
    Guid Id, string FirstName, string LastName, string Title, string? Email, string? Phone,
    Guid? UnitId, string? UserName, bool Active, IReadOnlyList<Role> Roles, IReadOnlyList<string> ServiceTasks, int Version);

public sealed record EmployeeUpdate(string? Title, string? Email, string? Phone, int Version);

/// <summary>The employee register of the user's own organisation, for the pages and the API alike.</summary>
public sealed class EmployeeHandlers(PolkuDbContext db, AuditLog audit, IStringLocalizer<Strings> l)
{
    public async Task<PagedResult<EmployeeListItem>> ListAsync(CurrentUser user, string? search, Paging paging, CancellationToken cancellationToken)
    {
        var query = db.Employees.AsNoTracking().Where(e => e.OrganisationId == user.OrganisationId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(); both providers compare the same way.
            query = query.Where(e => e.FirstName.ToLower().Contains(term) || e.LastName.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311
        }

        var (total, exact) = await query.CountAsync(paging, cancellationToken);
        var items = await query
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(e => new EmployeeListItem(e.Id, e.FirstName + " " + e.LastName, e.Title, e.Roles.Select(r => r.Role).ToList()))
            .ToListAsync(cancellationToken);
        return new PagedResult<EmployeeListItem>(items, paging.Page, paging.PageSize, total, exact);
    }

    /// <summary>One employee's details; the read is audited.</summary>
    public async Task<EmployeeDetails?> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var details = await Details(user, id).SingleOrDefaultAsync(cancellationToken);
        if (details is not null)
        {
            audit.Read(id);
        }

        return details;
    }

    public async Task<Result<EmployeeDetails>> UpdateAsync(CurrentUser user, Guid id, EmployeeUpdate update, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        validation.MaxLength("title", update.Title, TextLimits.Name);
        validation.Email("email", update.Email);
        validation.MaxLength("phone", update.Phone, TextLimits.Phone);
        if (!validation.IsValid)
        {
            return Result<EmployeeDetails>.Invalid(validation.Errors);
        }

        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id && e.OrganisationId == user.OrganisationId, cancellationToken);
        if (employee is null)
        {
            return Result<EmployeeDetails>.NotFound();
        }

        db.ExpectVersion(employee, update.Version);
        employee.Title = update.Title?.Trim() ?? "";
        employee.Email = Blank(update.Email);
        employee.Phone = Blank(update.Phone);
        audit.Stage(Actions.EmployeeUpdate, id);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<EmployeeDetails>.Conflict(l["Problem.Conflict"]);
        }

        return Result<EmployeeDetails>.Ok(await Details(user, id).SingleAsync(cancellationToken));
    }

    private IQueryable<EmployeeDetails> Details(CurrentUser user, Guid id) =>
        db.Employees.AsNoTracking()
            .Where(e => e.Id == id && e.OrganisationId == user.OrganisationId)
            .Select(e => new EmployeeDetails(
                e.Id, e.FirstName, e.LastName, e.Title, e.Email, e.Phone, e.UnitId,
                db.Users.Where(u => u.Id == e.Id).Select(u => u.UserName).FirstOrDefault(),
                e.Active,
                e.Roles.Select(r => r.Role).ToList(),
                e.ServiceTasks.Select(t => t.ServiceTaskCode).ToList(),
                e.Version));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
