using Microsoft.AspNetCore.Identity;

namespace Polku.Data;

/// <summary>The sign-in account of an employee; its id is the employee's id.</summary>
public sealed class UserAccount : IdentityUser<Guid>
{
}
