using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polku.Data;

namespace Polku.Web.Infrastructure.Auth;

/// <summary>Puts the employee's organisation, roles and service tasks into the sign-in principal.</summary>
public sealed class PolkuClaimsFactory(UserManager<UserAccount> users, IOptions<IdentityOptions> options, PolkuDbContext db)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var employee = await db.Employees.AsNoTracking()
            .Where(e => e.Id == user.Id)
            .Select(e => new
            {
                e.FirstName,
                e.LastName,
                e.OrganisationId,
                Roles = e.Roles.Select(r => r.Role).ToList(),
                Tasks = e.ServiceTasks.Select(t => t.ServiceTaskCode).ToList(),
            })
            .AsSingleQuery() // a handful of roles and tasks: one round trip beats two
            .SingleAsync();
        identity.AddClaim(new Claim(PolkuClaims.DisplayName, $"{employee.FirstName} {employee.LastName}"));
        identity.AddClaim(new Claim(PolkuClaims.Organisation, employee.OrganisationId.ToString()));
        identity.AddClaims(employee.Roles.Select(r => new Claim(PolkuClaims.Role, r.ToString())));
        identity.AddClaims(employee.Tasks.Select(t => new Claim(PolkuClaims.ServiceTask, t)));
        return identity;
    }
}
