using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Polku.Data;

namespace Polku.Web.Features.SignIn;

/// <summary>The outcome of a password check: the user, or a lock and until when, or nothing to say which was wrong.</summary>
public sealed record PasswordCheckResult(UserAccount? User, DateTimeOffset? LockedUntil);

/// <summary>One password check for the sign-in page and the token endpoint, counting failures towards lockout.</summary>
public sealed class PasswordCheck(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, PolkuDbContext db)
{
    public async Task<PasswordCheckResult> CheckAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        // An employee who has left keeps their account for the audit trail but cannot sign in.
        if (user is null || !await db.Employees.AnyAsync(e => e.Id == user.Id && e.Active))
        {
            return new(null, null);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new(user, null);
        }

        return result.IsLockedOut ? new(null, await users.GetLockoutEndDateAsync(user)) : new(null, null);
    }
}
