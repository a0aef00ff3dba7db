using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Localization;

namespace Polku.Web.Infrastructure.Auth;

/// <summary>An API caller gets a problem details 401 or 403 instead of a redirect to the sign-in page.</summary>
public sealed class ApiAuthorizationResultHandler(IProblemDetailsService problems, IStringLocalizer<Strings> l) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || authorizeResult.Succeeded)
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var unauthenticated = authorizeResult.Challenged;
        context.Response.StatusCode = unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        if (unauthenticated)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = context.Response.StatusCode,
                Title = unauthenticated ? l["Problem.Unauthenticated"] : l["Errors.AccessDenied.Title"],
                Detail = unauthenticated ? l["Problem.Unauthenticated.Detail"] : l["Errors.AccessDenied.Text"],
            },
        });
    }
}
