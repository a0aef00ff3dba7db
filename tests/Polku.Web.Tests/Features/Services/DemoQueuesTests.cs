using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Services;

/// <summary>The demo's waiting lists as the demo accounts meet them.</summary>
public abstract class DemoQueuesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Tyopaja_Upseeri_has_a_queue_of_months_with_yearly_figures_and_Eetu_is_left_for_the_demo_user()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var services = await worker.GetFromJsonAsync<JsonElement>("/api/v1/services");
        var upseeri = services.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "upseeri");
        Assert.True(upseeri.GetProperty("freePlaces").GetInt32() > 0); // the demo user can start Eetu
        var queue = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/services/{upseeri.GetProperty("id").GetGuid()}/queue");
        var entries = queue.GetProperty("entries").EnumerateArray().ToList();
        Assert.True(entries.Count >= 8);
        Assert.True(entries[0].GetProperty("urgent").GetBoolean());
        Assert.Equal(1, entries.Count(e => e.GetProperty("urgent").GetBoolean()));
        Assert.All(entries, e => Assert.InRange(e.GetProperty("daysWaited").GetInt32(), 0, 160));
        Assert.Contains(entries, e => e.GetProperty("daysWaited").GetInt32() >= 150);
        Assert.DoesNotContain(entries, e => e.GetProperty("clientName").GetString()!.Contains("Eetu", StringComparison.Ordinal));
        var statistics = queue.GetProperty("statistics");
        Assert.True(statistics.GetProperty("waitingMedianDays").GetDouble() >= 60);
        Assert.Equal(3, statistics.GetProperty("startedCount").GetInt32());
        Assert.True(statistics.GetProperty("startedMedianDays").GetDouble() >= 90);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var eetu = await db.Clients.Where(c => c.FirstNames == "Eetu" && c.LastName == "Mäkinen").Select(c => c.Id).SingleAsync();
        Assert.False(await db.QueueEntries.AnyAsync(q => q.ClientId == eetu));
        Assert.Equal(1, await db.QueueEntries.CountAsync(q => q.ServiceId == upseeri.GetProperty("id").GetGuid() && q.Status == Polku.Domain.Services.QueueStatus.Withdrawn));
        var klaara = await db.Services.Where(s => s.Code == "klaara").Select(s => s.Id).SingleAsync();
        Assert.True(await db.ServiceGuidance.AnyAsync(g => g.ServiceId == klaara));
    }
}

public sealed class DemoQueuesTests_Sqlite(SqliteFactory factory) : DemoQueuesTests<SqliteFactory>(factory);

public sealed class DemoQueuesTests_Postgres(PostgresFactory factory) : DemoQueuesTests<PostgresFactory>(factory);
