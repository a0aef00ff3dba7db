using Microsoft.AspNetCore.Authorization;
using Polku.Domain.Access;

namespace Polku.Web.Infrastructure.Auth;

public sealed record ActionRequirement(string Action) : IAuthorizationRequirement;

/// <summary>Allows an action when one of the user's roles in their organisation permits it.</summary>
public sealed class ActionAuthorizationHandler : AuthorizationHandler<ActionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ActionRequirement requirement)
    {
        var user = context.User.ToCurrentUser();
        if (user is not null && RolePermissions.Allows(user.Roles, requirement.Action))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class ActionAuthorizationSetup
{
    /// <summary>One policy per action. A test proves every endpoint declares an action or is on the anonymous list.</summary>
    public static IServiceCollection AddActionAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, ActionAuthorizationHandler>();
        services.AddAuthorization(options =>
        {
            foreach (var action in Actions.All)
            {
                options.AddPolicy(action, policy => policy.RequireAuthenticatedUser().AddRequirements(new ActionRequirement(action)));
            }
        });
        return services;
    }
}
