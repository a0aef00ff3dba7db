using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Polku.Web.Infrastructure;

/// <summary>A bounded page of a list: pages start at 1 and never hold more than <see cref="MaxPageSize"/> rows.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>Past this page the row offset would not fit the database's integer; nobody pages that far.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public static Paging From(int? page, int? pageSize) =>
        new(Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));

    /// <summary>
    /// The page a list page's address asks for, read from the text as it came: anything that is not a page number
    /// (abc, -5, 2147483648) shows the first page. A link is not a form, so there is nobody to show an error to.
    /// </summary>
    public static Paging FromQuery(string? page) =>
        From(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null, null);

    /// <summary>How far past this page a list counts its rows: ten pages to move through, never a whole organisation.</summary>
    public const int CountAhead = 250;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The most rows a count on this page reads.</summary>
    public int CountLimit => (int)Math.Min((long)Skip + CountAhead, int.MaxValue - 1);
}

/// <summary>
/// A page of rows and how many there are. <see cref="TotalExact"/> is false when the list has more than
/// <see cref="Total"/> rows and counting stopped there (<see cref="Paging.CountLimit"/>).
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalExact = true)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

public static class BoundedCount
{
    /// <summary>
    /// Counts the rows of a list up to the page's limit, one past it to tell "exactly this many" from "at least".
    /// Counting every row of a large organisation on every page view costs more than the page.
    /// </summary>
    public static async Task<(int Total, bool Exact)> CountAsync<T>(this IQueryable<T> query, Paging paging, CancellationToken cancellationToken)
    {
        var limit = paging.CountLimit;
        var counted = await query.Take(limit + 1).CountAsync(cancellationToken);
        return counted > limit ? (limit, false) : (counted, true);
    }
}
