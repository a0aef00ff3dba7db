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
}

public static class WorkQueueRegistration
{
    public static IServiceCollection AddWorkQueueSource<TSource>(this IServiceCollection services)
        where TSource : class, IWorkQueueSource =>
        services.AddScoped<IWorkQueueSource, TSource>();
}
