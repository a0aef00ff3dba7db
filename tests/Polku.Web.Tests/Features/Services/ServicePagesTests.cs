using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Services;

/// <summary>The service pages through their forms, as a browser posts them.</summary>
public sealed class ServicePagesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_catalogue_search_finds_what_fits_a_19_year_old_Swedish_speaker()
    {
        using var worker = await factory.SignedInBrowserAsync("demo.sw");
        var page = TestClients.Text(await worker.GetStringAsync("/services?language=sv&age=19"));
        Assert.Contains("<caption>Palvelut, niiden paikat ja jonot</caption>", page);
        Assert.Contains("Resurscentret Föregångarna", page);
        Assert.DoesNotContain("Työpaja Upseeri", page);
        Assert.Contains("href=\"services\"", await worker.GetStringAsync("/")); // in the menu
    }

    [Fact]
    public async Task A_worker_queues_a_client_from_the_client_page_and_starts_the_service_from_the_queue()
    {
        var clientId = await ClientAgedAsync(22);
        var upseeri = await ServiceIdAsync("upseeri");
        using var worker = await factory.SignedInBrowserAsync("demo.sw");
        using var joined = await worker.SubmitFormAsync($"/clients/{clientId}", "join-queue", new Dictionary<string, string> { ["Join.ServiceId"] = upseeri.ToString(), ["Join.Urgent"] = "true" });
        Assert.Contains("saved=queue", joined.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        var clientPage = TestClients.Text(await worker.GetStringAsync($"/clients/{clientId}?saved=queue"));
        Assert.Contains("Asiakas lisättiin jonoon.", clientPage);
        Assert.Contains("Jonot ja ohjaukset", clientPage);
        Assert.Contains("sija 2", clientPage); // urgent: after the demo's urgent client who joined earlier, ahead of everyone else

        using var twice = await worker.SubmitFormAsync($"/clients/{clientId}", "join-queue", new Dictionary<string, string> { ["Join.ServiceId"] = upseeri.ToString() });
        Assert.Contains("on jo palvelun Työpaja Upseeri jonossa", TestClients.Text(await twice.Content.ReadAsStringAsync()));

        var queue = await QueueEntryAsync(clientId);
        using var started = await worker.SubmitFormAsync($"/services/{upseeri}", "queue-step", new Dictionary<string, string> { ["Step.Command"] = $"Start:{queue.Id}:{queue.Version}" });
        var servicePage = TestClients.Text(await started.Content.ReadAsStringAsync());
        Assert.Contains("Palvelu aloitettiin.", servicePage);
        Assert.Contains("<caption>Jonossa olevat vuorojärjestyksessä</caption>", servicePage);
    }

    [Fact]
    public async Task Joining_outside_the_age_range_is_refused_at_the_field_and_guidance_is_recorded()
    {
        var clientId = await ClientAgedAsync(31);
        using var worker = await factory.SignedInBrowserAsync("demo.sw");
        // The client page offers only what fits the client's age; a service posted anyway is refused with the range.
        var page = await worker.GetStringAsync($"/clients/{clientId}");
        var upseeri = await ServiceIdAsync("upseeri");
        var joinSelect = page[page.IndexOf("id=\"queueServiceId\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain($"value=\"{upseeri}\"", joinSelect[..joinSelect.IndexOf("</select>", StringComparison.Ordinal)]);
        using var refused = await worker.SubmitFormAsync($"/clients/{clientId}", "join-queue", new Dictionary<string, string> { ["Join.ServiceId"] = upseeri.ToString() });
        var html = TestClients.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("id=\"queueServiceId-error\"", html);
        Assert.Contains("Työpaja Upseeri on 18–29-vuotiaille; asiakas on 31-vuotias.", html);

        var horisontti = await ServiceIdAsync("horisontti");
        using var guided = await worker.SubmitFormAsync($"/clients/{clientId}", "record-guidance", new Dictionary<string, string>
        {
            ["Guide.ServiceId"] = horisontti.ToString(), ["Guide.Note"] = "Vertaisryhmä tiistaisin.",
        });
        Assert.Contains("saved=guidance", guided.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Contains("Vertaisryhmä tiistaisin.", TestClients.Text(await worker.GetStringAsync($"/clients/{clientId}")));
    }

    [Fact]
    public async Task The_administrator_adds_a_service_and_a_provider_through_the_forms()
    {
        using var admin = await factory.SignedInBrowserAsync("demo.admin");
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = "0", ["Input.Code"] = "sivupaja", ["Input.NameFi"] = "Sivupaja", ["Input.Type"] = "Workshop", ["Input.Producer"] = "Own",
            ["Input.UnitId"] = (await UnitIdAsync()).ToString(), ["Input.Languages"] = "fi", ["Input.MinAge"] = "30", ["Input.MaxAge"] = "18",
        };
        using var bad = await admin.SubmitFormAsync("/services/new", "service", fields);
        var badHtml = TestClients.Text(await bad.Content.ReadAsStringAsync());
        Assert.Contains("id=\"maxAge-error\"", badHtml);
        Assert.Contains("Yläikäraja ei voi olla alaikärajaa pienempi.", badHtml);

        fields["Input.MaxAge"] = "64";
        using var saved = await admin.SubmitFormAsync("/services/new", "service", fields);
        Assert.Contains("services/", saved.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);

        using var provider = await admin.SubmitFormAsync("/providers", "add-provider", new Dictionary<string, string>
        {
            ["Input.Code"] = "2950001-7", ["Input.NameFi"] = "Sivutuottaja Oy", ["Input.Mode"] = "Purchased", ["Input.ContactName"] = "Pia Palvelu", ["Input.ContactEmail"] = "pia@example.invalid",
        });
        var location = provider.Headers.Location?.OriginalString ?? "";
        if (location.Length == 0)
        {
            Assert.Fail(TestClients.Text(await provider.Content.ReadAsStringAsync()));
        }

        var list = TestClients.Text(await admin.GetStringAsync("/providers?added=1"));
        Assert.Contains("Sivutuottaja Oy", list);
        Assert.Contains("pia@example.invalid", list);
    }

    private async Task<Guid> ClientAgedAsync(int age)
    {
        var id = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        using var scope = factory.Services.CreateScope();
        var birth = factory.Today.AddYears(-age).AddDays(-100);
        await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().Clients.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.BirthDate, birth));
        return id;
    }

    private async Task<Guid> ServiceIdAsync(string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        return await db.Services.Where(s => s.Code == code && db.Organisations.Any(o => o.Id == s.OrganisationId && o.Code == DemoData.VaasaCode)).Select(s => s.Id).SingleAsync();
    }

    private async Task<Guid> UnitIdAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        return await db.Units.Where(u => u.Kind == Polku.Domain.Organisations.UnitKind.Unit && db.Organisations.Any(o => o.Id == u.OrganisationId && o.Code == DemoData.VaasaCode))
            .OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
    }

    private async Task<(Guid Id, int Version)> QueueEntryAsync(Guid clientId)
    {
        using var scope = factory.Services.CreateScope();
        var entry = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().QueueEntries.AsNoTracking().SingleAsync(q => q.ClientId == clientId);
        return (entry.Id, entry.Version);
    }
}
