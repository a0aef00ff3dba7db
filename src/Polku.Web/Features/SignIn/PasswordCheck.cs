using Microsoft.AspNetCore.Identity;
using Polku.Data;

namespace Polku.Web.Features.SignIn;

/// <summary>The outcome of a password check: the user, or a lock and until when, or nothing to say which was wrong.</summary>
public sealed record PasswordCheckResult(UserAccount? User, DateTimeOffset? LockedUntil);

/// <summary>One password check for the sign-in page and the token endpoint, counting failures towards lockout.</summary>
public sealed class PasswordCheck(UserManager<UserAccount> users, SignInManager<UserAccount> signIn)
{
    public async Task<PasswordCheckResult> CheckAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
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
