using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Services;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.ProviderReferrals;

/// <summary>
/// The demo's referrals to providers as the demo accounts meet them: demo.provider's new referral from demo.sw, the
/// declined one on demo.sw's front page, and Kangas Marko's move from Vuorikoti to Himalaja on Vaasa's path.
/// </summary>
public abstract class DemoProviderReferralsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task The_provider_has_a_young_clients_workshop_referral_to_answer()
    {
        using var provider = await factory.ApiAsync("demo.provider");
        var inbox = await provider.GetFromJsonAsync<JsonElement>("/api/v1/provider-referrals?status=sent");
        var jesse = Assert.Single(inbox.GetProperty("items").EnumerateArray(), r => r.GetProperty("clientName").GetString() == "Aho Jesse");
        Assert.Equal("Sanna Virtanen", jesse.GetProperty("worker").GetProperty("name").GetString());
        Assert.StartsWith("Työpajatoiminta ", jesse.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var age = factory.Today.Year - jesse.GetProperty("birthDate").GetDateTime().Year;
        Assert.InRange(age, 18, 30);
        Assert.Contains("Accepted", jesse.GetProperty("next").EnumerateArray().Select(n => n.GetString()));

        using var browser = await factory.SignedInBrowserAsync("demo.provider");
        Assert.Contains("Aho Jesse", await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_declined_referral_shows_on_the_workers_front_page_with_its_reason()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var declined = await worker.GetFromJsonAsync<JsonElement>("/api/v1/provider-referrals?status=declined");
        var veera = Assert.Single(declined.GetProperty("items").EnumerateArray(), r => r.GetProperty("clientName").GetString() == "Ojala Veera");
        Assert.Contains("täynnä", veera.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Paula Mäkelä", veera.GetProperty("history")[1].GetProperty("by").GetString());

        using var browser = await factory.SignedInBrowserAsync("demo.sw");
        var home = TestClients.Text(await browser.GetStringAsync("/"));
        Assert.Contains("Palveluntuottaja hylkäsi ohjauksen", home, StringComparison.Ordinal);
        Assert.Contains("Ojala Veera", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kangas_Marko_moved_from_Vuorikoti_to_Himalaja_on_Vaasas_path()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var marko = await db.Clients.Where(c => c.LastName == "Kangas" && c.FirstNames == "Marko").Select(c => c.Id).SingleAsync();
        using var worker = await factory.ApiAsync("demo.sw");
        var path = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{marko}/path");
        var vaasa = path.GetProperty("templates").EnumerateArray().Single(t => t.GetProperty("code").GetString() == PathTemplates.VaasaCode);
        Assert.Equal(["Reached", "Active", "Ahead", "Ahead"], vaasa.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("state").GetString()!).ToArray());
        Assert.Equal(["vuorikoti", "himalaja"], vaasa.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("to").GetString()!).ToArray());
        var referrals = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/provider-referrals?clientId={marko}");
        Assert.Contains(referrals.GetProperty("items").EnumerateArray(), r => r.GetProperty("status").GetString() == "Ended" && r.GetProperty("outcome").GetString() == "MovedOn");
        Assert.Contains(referrals.GetProperty("items").EnumerateArray(), r => r.GetProperty("status").GetString() == "Started");

        using var browser = await factory.SignedInBrowserAsync("demo.sw");
        var page = TestClients.Text(await browser.GetStringAsync($"/clients/{marko}"));
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("Himalajan työtoiminta", page, StringComparison.Ordinal);

        // Eetu Mäkinen's story is left as it was: no referral to a provider.
        var eetu = await db.Clients.Where(c => c.LastName == "Mäkinen" && c.FirstNames == "Eetu").Select(c => c.Id).SingleAsync();
        Assert.False(await db.ProviderReferrals.AnyAsync(r => r.ClientId == eetu));
    }
}

public sealed class DemoProviderReferralsTests_Sqlite(SqliteFactory factory) : DemoProviderReferralsTests<SqliteFactory>(factory);

public sealed class DemoProviderReferralsTests_Postgres(PostgresFactory factory) : DemoProviderReferralsTests<PostgresFactory>(factory);
