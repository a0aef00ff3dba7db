using System.Security.Claims;
using Polku.Domain.Access;
using Polku.Domain.People;

namespace Polku.Web.Infrastructure.Auth;

/// <summary>Claim types Polku adds at sign-in, and the signed-in user read back from them.</summary>
public static class PolkuClaims
{
    public const string DisplayName = "polku:name";
    public const string Organisation = "polku:org";
    public const string Role = "polku:role";
    public const string ServiceTask = "polku:task";

    public static CurrentUser? ToCurrentUser(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Guid.TryParse(principal.FindFirstValue(Organisation), out var organisationId))
        {
            return null;
        }

        var roles = principal.FindAll(Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToArray();
        return new CurrentUser(
            id,
            principal.FindFirstValue(ClaimTypes.Name) ?? "",
            principal.FindFirstValue(DisplayName) ?? "",
            organisationId,
            roles,
            principal.FindAll(ServiceTask).Select(c => c.Value).ToArray());
    }
}

public sealed record CurrentUser(
    Guid Id,
    string UserName,
    string DisplayName,
    Guid OrganisationId,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> ServiceTasks)
{
    /// <summary>Binds the signed-in user as an endpoint parameter; endpoints behind an action always have one.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) => ValueTask.FromResult(context.User.ToCurrentUser());

    public bool Has(Role role) => Roles.Contains(role);

    public bool Can(string action) => RolePermissions.Allows(Roles, action);
}
