using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Polku.Web.Tests.Infrastructure;

/// <summary>
/// Fails any query that picks "the first row" of a related table by numbering the whole table. EF Core writes
/// <c>ROW_NUMBER() OVER(PARTITION BY x."Id" ORDER BY x."Id")</c> when a projection takes several columns of a
/// correlated row (<c>.Select(… new { … }).First()</c>). On demo data that is instant; on national data the database
/// numbers every client or referral on each page view (an assessment page took 257 ms). Join the row instead.
/// </summary>
public sealed partial class WholeTableWindowGuard : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (FirstRowByNumbering().Match(result.CommandText) is { Success: true } match)
        {
            throw new InvalidOperationException(
                $"A query numbers a whole table to pick one row ({match.Value}); join the row instead:{Environment.NewLine}{result.CommandText}");
        }

        return result;
    }

    [GeneratedRegex("""ROW_NUMBER\(\) OVER\(PARTITION BY ("?\w+"?\."?\w+"?) ORDER BY \1\)""")]
    private static partial Regex FirstRowByNumbering();
}
