using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.SignIn;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

public static class SignInApi
{
    public static void MapSignInApi(this RouteGroupBuilder api) =>
        api.MapPost("/auth/token", IssueTokenAsync)
            .AllowAnonymous()
            .WithSummary("Exchange a user name and password for a bearer token.");

    public static void MapSignOut(this IEndpointRouteBuilder app) =>
        app.MapPost("/sign-out", async Task<Results<RedirectHttpResult, BadRequest>> (HttpContext context, IAntiforgery antiforgery, SignInManager<UserAccount> signIn) =>
            {
                // No form fields are bound here, so the token is checked by hand: no one signs a user out from another site.
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return TypedResults.BadRequest();
                }

                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/sign-in");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, PasswordCheck passwords, TokenIssuer tokens, IStringLocalizer<Strings> l)
    {
        var validation = new Validation(l);
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            validation.Add("userName", "SignIn.UserNameRequired");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            validation.Add("password", "SignIn.PasswordRequired");
        }

        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors, title: l["Problem.Validation"]);
        }

        var check = await passwords.CheckAsync(request.UserName!, request.Password!);
        return check switch
        {
            { User: { } user } => TypedResults.Ok(await IssueAsync(tokens, user)),
            { LockedUntil: { } until } => TypedResults.Problem(
                title: l["SignIn.Locked.Title"],
                detail: l["SignIn.Locked", until.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)],
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["lockedUntil"] = until }),
            _ => TypedResults.Problem(title: l["SignIn.Failed"], statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    private static async Task<TokenResponse> IssueAsync(TokenIssuer tokens, UserAccount user)
    {
        var token = await tokens.IssueAsync(user);
        return new TokenResponse(token.Value, token.ExpiresAt);
    }
}
