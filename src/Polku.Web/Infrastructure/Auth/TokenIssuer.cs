using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Polku.Data;

namespace Polku.Web.Infrastructure.Auth;

public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);

/// <summary>Issues bearer tokens the bearer scheme accepts: the user's principal, protected with the app's keys.</summary>
public sealed class TokenIssuer(SignInManager<UserAccount> signIn, IServiceProvider services, TimeProvider time)
{
    public async Task<AccessToken> IssueAsync(UserAccount user)
    {
        var options = services.BearerOptions();
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var expiresAt = time.GetUtcNow() + options.BearerTokenExpiration;
        var properties = new AuthenticationProperties { IssuedUtc = time.GetUtcNow(), ExpiresUtc = expiresAt };
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme);
        return new AccessToken(options.BearerTokenProtector.Protect(ticket), expiresAt);
    }
}
