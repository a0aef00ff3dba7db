using Microsoft.AspNetCore.Authorization;

namespace Polku.Web.Infrastructure.Auth;

/// <summary>Declares the one action a page or endpoint performs; the action's name is its authorization policy.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresActionAttribute(string action) : AuthorizeAttribute(action)
{
    public string Action { get; } = action;
}

public static class ActionEndpointExtensions
{
    public static TBuilder RequireAction<TBuilder>(this TBuilder builder, string action)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new RequiresActionAttribute(action));
}
