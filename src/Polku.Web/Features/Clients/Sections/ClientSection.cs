using Microsoft.AspNetCore.Components;
using Polku.Web.Components;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Clients.Sections;

/// <summary>The client as a section sees it: the checked record, the user and the actions the user may take on it.</summary>
public sealed record ClientContext(ClientDetails Client, CurrentUser User)
{
    public Guid Id => Client.Id;

    public bool Can(string action) => Client.PermittedActions.Contains(action);
}

/// <summary>
/// A feature's part of the client page. The page has checked and audited the client; a section loads only its own
/// data for that client with its own query, and renders with its own component. Sections are loaded one after another,
/// since they share the request's database context.
/// </summary>
public interface IClientSection
{
    /// <summary>Place on the page, smaller first.</summary>
    int Order { get; }

    /// <summary>The component that renders the section, a <see cref="ClientSectionComponent{TData}"/>.</summary>
    Type Component { get; }

    /// <summary>The section's data, or null when it has nothing to show this user.</summary>
    Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken);
}

/// <summary>
/// A feature's read of one client's rows that its section and its timeline source share within a request, so the page
/// asks once. Like them, it is called only for a client the caller has checked.
/// </summary>
public interface IClientPageRecords;

/// <summary>A section's component: it gets the client and the data its section loaded.</summary>
public abstract class ClientSectionComponent<TData> : PolkuPage
{
    [Parameter, EditorRequired]
    public ClientContext Client { get; set; } = null!;

    [Parameter, EditorRequired]
    public object Data { get; set; } = null!;

    protected TData Model => (TData)Data;

    /// <summary>After a successful save the page is loaded anew (post–redirect–get), with a confirmation and focus on it.</summary>
    protected void Saved(NavigationManager navigation, string what) =>
        navigation.NavigateTo($"clients/{Client.Id}?saved={what}");
}

public static class ClientSectionRegistration
{
    public static IServiceCollection AddClientSection<TSection>(this IServiceCollection services)
        where TSection : class, IClientSection =>
        services.AddScoped<IClientSection, TSection>();
}
