using System.Globalization;

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

    public int Skip => (Page - 1) * PageSize;
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
