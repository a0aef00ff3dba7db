using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Clients;

/// <summary>
/// The non-disclosure order (turvakielto, Act 661/2009 § 36): the address goes out to the client's own responsible worker
/// only — in the API, on the page and in the audit trail — while everyone who may read the client sees that the order exists.
/// </summary>
public abstract class NonDisclosureTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task The_responsible_worker_gets_the_address_and_colleagues_and_the_lead_get_null()
    {
        var (clientId, address, street) = await ProtectedClientAsync();
        var search = Surname(street);

        using var worker = await factory.ApiAsync("demo.sw");
        var own = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}");
        Assert.Equal(address, own.GetProperty("address").GetString());
        Assert.True(own.GetProperty("nonDisclosure").GetBoolean());
        Assert.False(own.GetProperty("addressWithheld").GetBoolean());

        foreach (var userName in new[] { "demo.sc", "demo.lead" })
        {
            using var api = await factory.ApiAsync(userName);
            using var response = await api.GetAsync($"/api/v1/clients/{clientId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            var other = JsonDocument.Parse(text).RootElement;
            Assert.Equal(JsonValueKind.Null, other.GetProperty("address").ValueKind);
            Assert.True(other.GetProperty("nonDisclosure").GetBoolean(), userName);
            Assert.True(other.GetProperty("addressWithheld").GetBoolean(), userName);
            Assert.DoesNotContain(street, text, StringComparison.Ordinal);

            // A list marks the order, and neither it nor the timeline carries the address.
            var listed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients?search={search}");
            Assert.True(listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == clientId).GetProperty("nonDisclosure").GetBoolean());
            foreach (var url in new[] { $"/api/v1/clients?search={search}", $"/api/v1/clients/{clientId}/timeline", $"/api/v1/referrals?clientId={clientId}&status=all" })
            {
                using var list = await api.GetAsync(url);
                Assert.True(list.IsSuccessStatusCode, $"{userName} {url}: {list.StatusCode}");
                Assert.DoesNotContain(street, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("demo.sc", "fi", "Turvakielto – osoite ei näy", "Asiakkaalla on turvakielto")]
    [InlineData("demo.sc", "sv", "Spärrmarkering – adressen visas inte", "Klienten har spärrmarkering")]
    [InlineData("demo.lead", "en", "Non-disclosure order – address not shown", "The client has a non-disclosure order")]
    public async Task Others_see_the_order_and_the_marking_on_the_page_never_the_address(string userName, string language, string marking, string alert)
    {
        var (clientId, _, street) = await ProtectedClientAsync();
        using var browser = await factory.SignedInBrowserAsync(userName, language);
        using var response = await browser.GetAsync($"/clients/{clientId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains(marking, html);
        Assert.Contains(alert, html);
        Assert.DoesNotContain(street, html, StringComparison.OrdinalIgnoreCase);

        var list = TestClients.Text(await browser.GetStringAsync($"/clients?search={Surname(street)}"));
        var row = list[list.IndexOf($"clients/{clientId}", StringComparison.Ordinal)..];
        Assert.Contains($"<span class=\"tag\">{marking.Split(' ')[0]}", row[..row.IndexOf("</td>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task The_responsible_worker_sees_the_address_on_the_page_with_the_order_above_it()
    {
        var (clientId, address, _) = await ProtectedClientAsync();
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "fi");
        var html = TestClients.Text(await browser.GetStringAsync($"/clients/{clientId}"));
        Assert.Contains(address, html);
        Assert.Contains("Asiakkaalla on turvakielto", html);
        Assert.DoesNotContain("Turvakielto – osoite ei näy", html);
        Assert.True(html.IndexOf("id=\"non-disclosure\"", StringComparison.Ordinal) < html.IndexOf(address, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_order_is_set_and_cleared_through_the_api_against_the_version_read()
    {
        var address = $"Avoinkatu {Random.Shared.Next(1, 999)}, 65100 Vaasa";
        using var worker = await factory.ApiAsync("demo.sw", "en");
        using var colleague = await factory.ApiAsync("demo.sc", "en");
        var created = await worker.PostJsonAsync("/api/v1/clients", new
        {
            identityCode = TestClients.UniqueIdentityCode().Value, firstNames = "Testi", lastName = "Kieltoasetus", language = "fi",
            address, responsibleWorkerId = await factory.UserIdAsync("demo.sw"),
        }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.False(created.GetProperty("nonDisclosure").GetBoolean());
        var before = await colleague.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{id}");
        Assert.Equal(address, before.GetProperty("address").GetString());

        // A colleague who may change the client sets the order; from then on the address is the responsible worker's alone.
        var set = await colleague.PutJsonAsync($"/api/v1/clients/{id}/non-disclosure",
            new { nonDisclosure = true, version = before.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.True(set.GetProperty("nonDisclosure").GetBoolean());
        Assert.Equal(JsonValueKind.Null, set.GetProperty("address").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await colleague.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{id}")).GetProperty("address").ValueKind);
        var seenByWorker = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{id}");
        Assert.Equal(address, seenByWorker.GetProperty("address").GetString());

        // Clearing it with a version read before the order was set is refused: nobody clears an order they have not seen.
        using var stale = await colleague.PutAsJsonAsync($"/api/v1/clients/{id}/non-disclosure", new { nonDisclosure = false, version = before.GetProperty("version").GetInt32() });
        await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.True((await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{id}")).GetProperty("nonDisclosure").GetBoolean());

        var cleared = await worker.PutJsonAsync($"/api/v1/clients/{id}/non-disclosure",
            new { nonDisclosure = false, version = seenByWorker.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.False(cleared.GetProperty("nonDisclosure").GetBoolean());
        var after = await colleague.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{id}");
        Assert.Equal(address, after.GetProperty("address").GetString());
        Assert.False(after.GetProperty("addressWithheld").GetBoolean());

        // Both changes are in the audit trail, which holds no address.
        using var scope = factory.Services.CreateScope();
        var updates = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().AuditEvents.AsNoTracking()
            .CountAsync(e => e.Action == Actions.ClientUpdate && e.Subjects.Any(s => s.PersonId == id));
        Assert.Equal(2, updates);
        using var registrar = await factory.ApiAsync("demo.registrar", "en");
        using var trail = await registrar.GetAsync($"/api/v1/audit-events?personId={id}&pageSize=100");
        Assert.Equal(HttpStatusCode.OK, trail.StatusCode);
        var trailText = await trail.Content.ReadAsStringAsync();
        Assert.Contains(Actions.ClientUpdate, trailText, StringComparison.Ordinal);
        Assert.DoesNotContain(address, trailText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_registered_with_the_order_keeps_the_address_from_a_registrar_who_is_not_the_responsible_worker()
    {
        using var api = await factory.ApiAsync("demo.sc", "en");
        var address = "Rekisterikuja 5, 65100 Vaasa";
        var created = await api.PostJsonAsync("/api/v1/clients", new
        {
            identityCode = TestClients.UniqueIdentityCode().Value, firstNames = "Testi", lastName = "Kieltoheti", language = "fi", address, nonDisclosure = true,
        }, HttpStatusCode.Created);
        Assert.True(created.GetProperty("nonDisclosure").GetBoolean());
        Assert.True(created.GetProperty("addressWithheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("address").ValueKind);

        var own = await api.PostJsonAsync("/api/v1/clients", new
        {
            identityCode = TestClients.UniqueIdentityCode().Value, firstNames = "Testi", lastName = "Kieltooma", language = "fi", address, nonDisclosure = true,
            responsibleWorkerId = await factory.UserIdAsync("demo.sc"),
        }, HttpStatusCode.Created);
        Assert.Equal(address, own.GetProperty("address").GetString());
    }

    [Fact]
    public async Task A_lead_who_does_not_write_the_record_may_not_change_the_order()
    {
        var (clientId, _, _) = await ProtectedClientAsync();
        using var lead = await factory.ApiAsync("demo.lead", "en");
        using var response = await lead.PutAsJsonAsync($"/api/v1/clients/{clientId}/non-disclosure", new { nonDisclosure = false, version = 0 });
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        var client = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}");
        Assert.True(client.GetProperty("nonDisclosure").GetBoolean());
        Assert.DoesNotContain(Actions.ClientUpdate, client.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("1")]
    [InlineData("\"true\"")]
    [InlineData("{}")]
    public async Task A_value_that_is_no_boolean_is_a_400_naming_the_field(string value)
    {
        var (clientId, _, _) = await ProtectedClientAsync();
        using var api = await factory.ApiAsync("demo.sw", "en");
        using var put = await api.PutAsync($"/api/v1/clients/{clientId}/non-disclosure",
            new StringContent($"{{\"nonDisclosure\":{value},\"version\":0}}", System.Text.Encoding.UTF8, "application/json"));
        var problem = await put.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The value must be true or false.", problem.GetProperty("errors").GetProperty("nonDisclosure")[0].GetString());

        using var post = await api.PostAsync("/api/v1/clients", new StringContent(
            $"{{\"birthDate\":\"1990-01-01\",\"firstNames\":\"A\",\"lastName\":\"B\",\"language\":\"fi\",\"nonDisclosure\":{value}}}", System.Text.Encoding.UTF8, "application/json"));
        var postProblem = await post.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(postProblem.GetProperty("errors").TryGetProperty("nonDisclosure", out _));
    }

    [Fact]
    public async Task A_missing_value_is_required_never_read_as_clearing_the_order()
    {
        var (clientId, _, _) = await ProtectedClientAsync();
        using var api = await factory.ApiAsync("demo.sw", "en");
        using var response = await api.PutAsJsonAsync($"/api/v1/clients/{clientId}/non-disclosure", new { version = 0 });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Required.", problem.GetProperty("errors").GetProperty("nonDisclosure")[0].GetString());
        Assert.True((await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}")).GetProperty("nonDisclosure").GetBoolean());
    }

    [Fact]
    public async Task The_client_page_form_sets_and_clears_the_order()
    {
        var street = $"Lomakepolku{Guid.NewGuid():N}"[..20];
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").WithAddress($"{street} 1, 65100 Vaasa").BuildAsync();
        using var colleague = await factory.SignedInBrowserAsync("demo.sc", "en");
        var url = $"/clients/{clientId}";
        Assert.Contains(street, await colleague.GetStringAsync(url));

        using var set = await colleague.SubmitFormAsync(url, "non-disclosure", new Dictionary<string, string> { ["Input.NonDisclosure"] = "true", ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var html = TestClients.Text(await colleague.GetStringAsync(set.Headers.Location!.PathAndQuery));
        Assert.Contains("The non-disclosure setting is saved.", html);
        Assert.Contains("Non-disclosure order – address not shown", html);
        Assert.DoesNotContain(street, html, StringComparison.Ordinal);

        // An unticked box posts nothing: the order is cleared.
        using var cleared = await colleague.SubmitFormAsync(url, "non-disclosure", new Dictionary<string, string> { ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        var open = TestClients.Text(await colleague.GetStringAsync(url));
        Assert.Contains(street, open);
        Assert.DoesNotContain("Non-disclosure order – address not shown", open);
    }

    [Fact]
    public async Task The_new_client_form_records_the_order()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.sc", "en");
        var form = TestClients.Text(await browser.GetStringAsync("/clients/new"));
        Assert.Contains("name=\"Input.NonDisclosure\"", form);
        Assert.Contains("Act 661/2009 § 36", form);
        using var registered = await browser.SubmitFormAsync("/clients/new", "new-client", new Dictionary<string, string>
        {
            ["Input.IdentityCode"] = TestClients.UniqueIdentityCode().Value, ["Input.FirstNames"] = "Testi", ["Input.LastName"] = "Lomakekielto",
            ["Input.Language"] = "fi", ["Input.Address"] = "Uusikuja 9, 65100 Vaasa", ["Input.NonDisclosure"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var id = Guid.Parse(registered.Headers.Location!.AbsolutePath.Split('/')[^1]);
        using var scope = factory.Services.CreateScope();
        var client = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().Clients.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.True(client.NonDisclosure);
        Assert.Equal("Uusikuja 9, 65100 Vaasa", client.Address);
    }

    [Fact]
    public async Task The_demo_client_with_an_order_shows_its_address_to_her_responsible_worker_only()
    {
        using var colleague = await factory.SignedInBrowserAsync("demo.sc", "fi");
        var list = await colleague.GetStringAsync("/clients?search=heikkinen%20mari");
        var id = System.Text.RegularExpressions.Regex.Match(list, "href=\"clients/([0-9a-f-]{36})\"").Groups[1].Value;
        var seenByColleague = TestClients.Text(await colleague.GetStringAsync($"/clients/{id}"));
        Assert.Contains("Turvakielto – osoite ei näy", seenByColleague);
        Assert.DoesNotContain("Esimerkkikuja", seenByColleague);
        using var worker = await factory.SignedInBrowserAsync("demo.sw", "fi");
        Assert.Contains("Esimerkkikuja 3 B 12, 65100 Vaasa", TestClients.Text(await worker.GetStringAsync($"/clients/{id}")));
    }

    /// <summary>A client of demo.sw's team with demo.sw as responsible worker, an address and a non-disclosure order.</summary>
    private async Task<(Guid Id, string Address, string Street)> ProtectedClientAsync()
    {
        var street = $"Turvakatu{Guid.NewGuid():N}"[..20];
        var address = $"{street} 7 C 31, 65100 Vaasa";
        var id = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").Named(Surname(street))
            .WithAddress(address).WithNonDisclosure().BuildAsync();
        return (id, address, street);
    }

    /// <summary>A last name of the client's own, so a search finds that client alone; it shares no text with the address.</summary>
    private static string Surname(string street) => "Turvattu" + new string(street[9..15].Select(c => (char)('a' + (c % 26))).ToArray());
}

public sealed class NonDisclosureTests_Sqlite(SqliteFactory factory) : NonDisclosureTests<SqliteFactory>(factory);

public sealed class NonDisclosureTests_Postgres(PostgresFactory factory) : NonDisclosureTests<PostgresFactory>(factory);
