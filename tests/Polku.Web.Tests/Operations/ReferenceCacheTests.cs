using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.CodeLists;
using Polku.Web.Infrastructure;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>
/// Names and choices are kept in memory, and a saved change to them shows at once: pages never show an administrator's
/// edit late on the node that saved it.
/// </summary>
public sealed class ReferenceCacheTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task A_copy_is_read_once_and_read_again_after_reference_data_is_saved()
    {
        var cache = factory.Services.GetRequiredService<ReferenceCache>();
        var reads = 0;
        Task<string> Load() => Task.FromResult("read " + ++reads);
        var key = ("test", Guid.NewGuid());

        Assert.Equal("read 1", await cache.GetAsync(key, Load));
        Assert.Equal("read 1", await cache.GetAsync(key, Load));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            db.CodeListEntries.Add(new CodeListEntry
            {
                OrganisationId = Guid.NewGuid(), List = CodeListNames.ReferralSources, Code = "cache-test", Name = new("Testi", "Test", "Test"),
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal("read 2", await cache.GetAsync(key, Load));
    }

    [Fact]
    public async Task Many_values_are_read_only_for_the_keys_not_yet_kept()
    {
        var cache = factory.Services.GetRequiredService<ReferenceCache>();
        var asked = new List<int>();
        Task<Dictionary<int, string>> Load(IReadOnlyCollection<int> keys)
        {
            asked.AddRange(keys);
            return Task.FromResult(keys.Where(k => k != 3).ToDictionary(k => k, k => "name " + k));
        }

        var first = await cache.GetManyAsync<int, string>("test-many", [1, 2, 3], Load);
        var second = await cache.GetManyAsync<int, string>("test-many", [2, 4], Load);

        Assert.Equal(["name 1", "name 2"], first.OrderBy(p => p.Key).Select(p => p.Value));
        Assert.Equal(["name 2", "name 4"], second.OrderBy(p => p.Key).Select(p => p.Value));
        Assert.Equal([1, 2, 3, 4], asked);
    }

    [Fact]
    public async Task A_renamed_code_shows_on_the_next_page_view()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        await admin.PutJsonAsync("/api/v1/code-lists/referral-sources/cache-rename", new { name = new { fi = "Ennen muutosta", sv = "Före", en = "Before" } }, HttpStatusCode.Created);
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        using (var api = await factory.ApiAsync("demo.sw"))
        {
            await api.PostJsonAsync("/api/v1/referrals", new { clientId, source = "cache-rename", receivedOn = "2026-11-19", description = "Ilmoitus." }, HttpStatusCode.Created);
        }

        using var browser = await factory.SignedInBrowserAsync("demo.sw");
        Assert.Contains("Ennen muutosta", await browser.GetStringAsync($"/clients/{clientId}"));

        await admin.PutJsonAsync("/api/v1/code-lists/referral-sources/cache-rename", new { name = new { fi = "Muutettu nimi", sv = "Efter", en = "After" } }, HttpStatusCode.OK);

        var page = await browser.GetStringAsync($"/clients/{clientId}");
        Assert.Contains("Muutettu nimi", page);
        Assert.DoesNotContain("Ennen muutosta", page);
    }
}
