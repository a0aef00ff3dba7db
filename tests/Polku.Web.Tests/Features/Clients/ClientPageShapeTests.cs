using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Clients;

/// <summary>
/// The client page is composed of feature sections: it costs a fixed number of database round trips whatever the
/// client's history, and a page view writes exactly one audit event that lists the clients shown.
/// </summary>
public abstract class ClientPageShapeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task The_client_page_takes_the_same_few_queries_for_a_shortHistoryand_a_long_history()
    {
        var empty = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var shortHistory = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").WithReferralAndAssessment().BuildAsync();
        var busy = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").WithReferralAndAssessment().BuildAsync();
        using (var api = await factory.ApiAsync("demo.sw"))
        {
            for (var i = 0; i < 12; i++)
            {
                await api.PostJsonAsync($"/api/v1/clients/{busy}/entries", new { kind = "Note", occurredOn = "2026-11-20", text = $"Merkintä {i}." }, HttpStatusCode.Created);
                await api.PostJsonAsync("/api/v1/referrals", new { clientId = busy, source = "kela", receivedOn = "2026-11-19", description = $"Ilmoitus {i}." }, HttpStatusCode.Created);
            }
        }

        using var browser = await factory.SignedInBrowserAsync("demo.sw");
        await browser.GetStringAsync($"/clients/{busy}"); // warm up: compiled queries, keys
        var forEmpty = await CommandsForAsync(browser, $"/clients/{empty}");
        var forShort = await CommandsForAsync(browser, $"/clients/{shortHistory}");
        var forBusy = await CommandsForAsync(browser, $"/clients/{busy}");
        // Sections skip looking up code names when they have no rows; otherwise one query each, never one per row:
        // a feature adds at most one for its section and one for its timeline source.
        Assert.Equal(forShort, forBusy);
        Assert.InRange(forEmpty, 3, forBusy);
        // The page's own few, then one or two per section and timeline source: it grows with features, never with rows.
        // Names and choices an administrator configures (code lists, decision types, services, path templates, staff)
        // come from memory once read (ReferenceCache), so they take none once warm.
        // Decisions take two: one read the section, the commitments and the timeline share, and the plan a new decision
        // carries out. Commitments take none of their own to learn of signed decisions, and only when there are any, the
        // commitments. Measurements take one, which the section and the timeline share.
        // Referrals to providers take one, which the section and the timeline share; the path one for the moves recorded.
        // Service packages take one: their packages, the services and the plan in force in one round trip.
        // Queues and guidance take two: queue places and guidance (the timeline shows the same rows).
        // Referrals take one, which their section, the assessments' open referrals and the timeline share; assessments one for
        // their section and the timeline.
        Assert.InRange(forBusy, 3, 20);
    }

    [Fact]
    public async Task A_client_page_view_is_one_audit_event_naming_the_client()
    {
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithReferralAndAssessment().BuildAsync();
        using var browser = await factory.SignedInBrowserAsync("demo.sw");
        var before = await EventsAsync();
        using var page = await browser.GetAsync($"/clients/{clientId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var events = (await EventsAsync()).Skip(before.Count).ToList();
        var single = Assert.Single(events);
        Assert.Equal(Actions.ClientRead, single.Action);
        Assert.Equal([clientId], single.Subjects);
    }

    [Fact]
    public async Task A_list_page_view_is_one_audit_event_listing_every_client_shown()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.lead");
        var before = await EventsAsync();
        await browser.GetStringAsync("/referrals?status=all");
        var events = (await EventsAsync()).Skip(before.Count).ToList();
        var single = Assert.Single(events);
        Assert.Equal(Actions.ReferralList, single.Action);
        using var api = await factory.ApiAsync("demo.lead");
        var shown = (await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/referrals?status=all")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("clientId").GetGuid()).Distinct().Order().ToList();
        Assert.NotEmpty(shown);
        Assert.Equal(shown, single.Subjects);
    }

    private async Task<int> CommandsForAsync(HttpClient browser, string url)
    {
        var start = factory.Commands.Count;
        using var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return factory.Commands.Count - start;
    }

    private async Task<List<(string Action, List<Guid> Subjects)>> EventsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().AuditEvents.AsNoTracking()
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new { e.Action, Subjects = e.Subjects.Select(s => s.PersonId).ToList() })
            .ToListAsync();
        return rows.Select(r => (r.Action, r.Subjects.Order().ToList())).ToList();
    }
}

public sealed class ClientPageShapeTests_Sqlite(SqliteFactory factory) : ClientPageShapeTests<SqliteFactory>(factory);

public sealed class ClientPageShapeTests_Postgres(PostgresFactory factory) : ClientPageShapeTests<PostgresFactory>(factory);
