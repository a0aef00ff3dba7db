using System.Text.Json.Serialization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.ClientRecord;

/// <summary>
/// One line of a client's timeline. <see cref="Kind"/> names what happened (Entry, Referral, AssessmentStarted…),
/// <see cref="Type"/> is its code (the entry kind, the referral source), <see cref="Title"/> says it in the user's language.
/// <see cref="At"/> is the time of day when the source knows it; <see cref="Rank"/> orders a source's items of one day that have none.
/// </summary>
public sealed record TimelineItem(
    string Kind, string Type, string Title, DateOnly Date, DateTimeOffset? At, string Text, string? Author, int? Minutes, Guid Id, string? Link,
    [property: JsonIgnore] int Rank = 0);

/// <summary>A feature's contribution to the client's timeline: its own query, newest first, at most <paramref name="limit"/> items.</summary>
public interface ITimelineSource
{
    Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken);
}

/// <summary>The client's timeline, merged from every feature's source and ordered by when things happened.</summary>
public sealed class Timeline(IEnumerable<ITimelineSource> sources, ClientAccess access, AuditLog audit)
{
    public const int Limit = 200;

    /// <summary>For a caller that has already checked the client (the client page).</summary>
    public async Task<IReadOnlyList<TimelineItem>> ForClientAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var items = new List<TimelineItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ItemsAsync(clientId, limit, cancellationToken));
        }

        return items
            .OrderByDescending(i => i.Date)
            .ThenByDescending(i => i.At ?? DateTimeOffset.MinValue)
            .ThenByDescending(i => i.Rank)
            .Take(limit)
            .ToList();
    }

    public async Task<Result<IReadOnlyList<TimelineItem>>> GetAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientRead, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<IReadOnlyList<TimelineItem>>.Refused(check);
        }

        audit.Read(clientId);
        return Result<IReadOnlyList<TimelineItem>>.Ok(await ForClientAsync(clientId, Limit, cancellationToken));
    }
}
