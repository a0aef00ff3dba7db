using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Home;

/// <summary>One thing on a worker's desk: what to do, for whom, by when, and where to do it.</summary>
public sealed record WorkItem(string Kind, string Title, Guid ClientId, string ClientName, DateOnly? DueOn, string Link);

/// <summary>
/// A feature's items on the user's own queue (referrals to start, assessments to finish; later reviews, decisions to
/// sign, commitments ending). Each source asks the access rules and returns at most <paramref name="limit"/> items.
/// </summary>
public interface IWorkQueueSource
{
    Task<IReadOnlyList<WorkItem>> MineAsync(CurrentUser user, int limit, CancellationToken cancellationToken);

    /// <summary>The same kind of work for a lead's whole team (the clients the rules let the lead see); none by default.</summary>
    Task<IReadOnlyList<TeamWorkItem>> TeamAsync(CurrentUser user, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TeamWorkItem>>([]);
}

/// <summary>A number a lead watches on the front page, with where to see what it counts.</summary>
public sealed record TeamFigure(string Label, int Count, string Link);

/// <summary>A feature's figure for a lead's front page (services given before their decision); null when not the user's to see.</summary>
public interface ITeamFigure
{
    Task<TeamFigure?> FigureAsync(CurrentUser user, CancellationToken cancellationToken);
}

/// <summary>A team member's work as a lead sees it: the item and whose it is.</summary>
public sealed record TeamWorkItem(WorkItem Item, string? Worker);

public static class WorkQueueRegistration
{
    public static IServiceCollection AddWorkQueueSource<TSource>(this IServiceCollection services)
        where TSource : class, IWorkQueueSource =>
        services.AddScoped<IWorkQueueSource, TSource>();

    public static IServiceCollection AddTeamFigure<TSource>(this IServiceCollection services)
        where TSource : class, ITeamFigure =>
        services.AddScoped<ITeamFigure, TSource>();
}
