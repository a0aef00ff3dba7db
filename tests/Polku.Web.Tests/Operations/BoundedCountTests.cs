using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Accessibility;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Localization;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>
/// A list counts its rows only a little past the page shown: past that it says "at least", in the database's own count.
/// </summary>
public abstract class BoundedCountTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Counting_stops_past_the_bound_and_is_exact_below_it()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        // Rows of a table no other test counts, enough to pass the bound.
        var marker = $"/bounded-count/{Guid.NewGuid():N}";
        db.AccessibilityFeedback.AddRange(Enumerable.Range(0, Paging.CountAhead + 40)
            .Select(_ => new AccessibilityFeedback { PageAddress = marker, Message = "x", ReceivedAt = factory.Time.GetUtcNow() }));
        await db.SaveChangesAsync();
        var rows = db.AccessibilityFeedback.AsNoTracking().Where(f => f.PageAddress == marker);
        var all = Paging.CountAhead + 40;

        Assert.Equal((Paging.CountAhead, false), await rows.CountAsync(new Paging(1, 25), CancellationToken.None));
        var far = new Paging((all / 25) + 1, 25);
        Assert.Equal((all, true), await rows.CountAsync(far, CancellationToken.None));
        Assert.Equal((3, true), await rows.Take(3).CountAsync(new Paging(1, 25), CancellationToken.None));
    }

    [Fact]
    public async Task A_short_list_says_its_count_is_exact()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/clients?pageSize=5");
        Assert.True(page.GetProperty("totalExact").GetBoolean());
        Assert.True(page.GetProperty("total").GetInt32() >= page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void A_stopped_count_reads_as_at_least()
    {
        Assert.Equal("275+", Format.Total(275, exact: false));
        Assert.Equal("12", Format.Total(12, exact: true));
    }
}

public sealed class BoundedCountTests_Sqlite(SqliteFactory factory) : BoundedCountTests<SqliteFactory>(factory);

public sealed class BoundedCountTests_Postgres(PostgresFactory factory) : BoundedCountTests<PostgresFactory>(factory);
