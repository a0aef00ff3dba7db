using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Domain.Services;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Groups;

/// <summary>
/// Groups over the API on both databases: members within the service's places, attendance only for members and only
/// by the group's own people (the organisation's workers, the provider's staff), and the month's allowances at the
/// rule's edges, read back from CSV and XLSX.
/// </summary>
public abstract class GroupsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private const string Vaasa = DemoData.VaasaCode;
    private const string Espoo = DemoRegions.EspooCode;
    private const string Vantaa = DemoRegions.VantaaCode;

    [Fact]
    public async Task Attendance_for_someone_not_a_member_on_the_day_is_refused_naming_them()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var group = await NewGroupAsync(api, Vaasa, "upseeri", "2026-09-01");
        var member = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").Named("Jäseninen").BuildAsync();
        var outsider = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").Named("Ulkopuolinen").BuildAsync();
        var late = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").Named("Myöhäinen").BuildAsync();
        await AddMemberAsync(api, group, member, "2026-09-01");
        await AddMemberAsync(api, group, late, "2026-11-20");
        var session = await NewSessionAsync(api, group, "2026-11-16");

        var refused = await api.PutJsonAsync($"/api/v1/sessions/{session}/attendance",
            new { marks = new[] { new { clientId = member, present = true }, new { clientId = outsider, present = true }, new { clientId = late, present = true } } },
            HttpStatusCode.BadRequest);
        var message = refused.GetProperty("errors").GetProperty("marks")[0].GetString()!;
        Assert.Contains("Ulkopuolinen Testi", message, StringComparison.Ordinal);
        Assert.Contains("Myöhäinen Testi", message, StringComparison.Ordinal);
        Assert.Contains("16.11.2026", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jäseninen", message, StringComparison.Ordinal);

        var marked = await api.PutJsonAsync($"/api/v1/sessions/{session}/attendance", new { marks = new[] { new { clientId = member, present = true } } }, HttpStatusCode.OK);
        Assert.True(Assert.Single(marked.GetProperty("marks").EnumerateArray()).GetProperty("present").GetBoolean());

        // Marking again changes the mark rather than adding one.
        marked = await api.PutJsonAsync($"/api/v1/sessions/{session}/attendance", new { marks = new[] { new { clientId = member, present = false } } }, HttpStatusCode.OK);
        Assert.False(Assert.Single(marked.GetProperty("marks").EnumerateArray()).GetProperty("present").GetBoolean());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == Actions.AttendanceMark && e.Subjects.Any(s => s.PersonId == member)));
    }

    [Fact]
    public async Task In_a_team_organisation_another_teams_worker_sees_only_the_members_they_may_read_and_a_leader_sees_all()
    {
        using var worker = await factory.ApiAsync("vantaa.sw");
        using var otherTeam = await factory.ApiAsync("vantaa.sw2");
        var service = await ServiceWithPlacesAsync(Vantaa, 10);
        var client = await factory.Client(Vantaa).InTeamOf("vantaa.sw").WithResponsibleWorker("vantaa.sw").Named("Tikkurilalainen").BuildAsync();
        var group = await NewGroupAsync(worker, service, "2026-09-01");
        await AddMemberAsync(worker, group, client, "2026-09-01");
        var led = (await worker.PostJsonAsync("/api/v1/groups", new
        {
            serviceId = service, name = "Myyrmäen vetämä", theme = "Arki", open = false, leaderIds = new[] { await factory.UserIdAsync("vantaa.sw2") },
            schedule = "to klo 9–12", paysAllowances = false, startsOn = "2026-09-01",
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await AddMemberAsync(worker, led, client, "2026-09-01");

        Assert.Single((await worker.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{group}")).GetProperty("members").EnumerateArray());
        Assert.Empty((await otherTeam.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{group}")).GetProperty("members").EnumerateArray());
        var asLeader = await otherTeam.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{led}");
        Assert.Equal(client, Assert.Single(asLeader.GetProperty("members").EnumerateArray()).GetProperty("clientId").GetGuid());
    }

    [Fact]
    public async Task A_member_beyond_the_services_places_or_a_second_time_is_refused()
    {
        var serviceId = await ServiceWithPlacesAsync(Vaasa, 2);
        using var api = await factory.ApiAsync("demo.sw");
        var group = await NewGroupAsync(api, serviceId, "2026-09-01");
        var other = await NewGroupAsync(api, serviceId, "2026-09-01");
        var clients = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            clients.Add(await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync());
        }

        await AddMemberAsync(api, group, clients[0], "2026-10-01");
        var again = await api.PostJsonAsync($"/api/v1/groups/{group}/members", new { clientId = clients[0], joinedOn = "2026-10-05" }, HttpStatusCode.Conflict);
        Assert.Contains("already a member", again.GetProperty("title").GetString(), StringComparison.Ordinal);
        // The places are the service's, over all its groups.
        await AddMemberAsync(api, other, clients[1], "2026-10-01");
        var full = await api.PostJsonAsync($"/api/v1/groups/{group}/members", new { clientId = clients[2], joinedOn = "2026-10-01" }, HttpStatusCode.Conflict);
        Assert.Contains("2 places", full.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, full.GetProperty("capacity").GetInt32());

        // A place frees when someone leaves.
        await api.PostJsonAsync($"/api/v1/groups/{other}/members/{clients[1]}/leave", new { on = "2026-10-31" }, HttpStatusCode.OK);
        await AddMemberAsync(api, group, clients[2], "2026-11-01");

        // Bad input answers 400 with the field, never 500.
        var bad = await api.PostJsonAsync($"/api/v1/groups/{group}/members", new { joinedOn = "2026-10-01" }, HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("clientId", out _));
        var early = await api.PostJsonAsync($"/api/v1/groups/{group}/sessions", new { on = "2026-08-01" }, HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("on", out _));
    }

    [Fact]
    public async Task The_providers_staff_mark_attendance_in_their_services_group_but_not_in_another_organisations()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var group = await NewGroupAsync(worker, Vaasa, "upseeri", "2026-09-01");
        var member = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").Named("Pajalainen").BuildAsync();
        await AddMemberAsync(worker, group, member, "2026-10-01");

        using var provider = await factory.ApiAsync("demo.provider");
        // The provider sees the group and its members' names (and nothing more of them), because the group is theirs.
        var groups = await provider.GetFromJsonAsync<JsonElement>("/api/v1/groups");
        Assert.Contains(groups.EnumerateArray(), g => g.GetProperty("id").GetGuid() == group);
        Assert.DoesNotContain(groups.EnumerateArray(), g => g.GetProperty("name").GetString() == "Arjen taidot");
        var seen = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{group}");
        Assert.Equal("Pajalainen Testi", Assert.Single(seen.GetProperty("members").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(["Attendance.Mark"], seen.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));

        var session = (await provider.PostJsonAsync($"/api/v1/groups/{group}/sessions", new { on = "2026-11-23", topic = "Puupaja" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await provider.PutJsonAsync($"/api/v1/sessions/{session}/attendance", new { marks = new[] { new { clientId = member, present = true } } }, HttpStatusCode.OK);
        // The provider does not arrange members, nor read the allowances.
        await provider.PostJsonAsync($"/api/v1/groups/{group}/members", new { clientId = member }, HttpStatusCode.Forbidden);

        // Espoo's group is no business of Vaasa's provider.
        using var espoo = await factory.ApiAsync("espoo.sc");
        var espooGroup = (await espoo.GetFromJsonAsync<JsonElement>("/api/v1/groups")).EnumerateArray().Single(g => g.GetProperty("name").GetString() == "Arjen taidot").GetProperty("id").GetGuid();
        var espooSession = (await espoo.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{espooGroup}")).GetProperty("sessions")[0];
        var espooMember = espooSession.GetProperty("marks")[0].GetProperty("clientId").GetGuid();
        using var refused = await provider.PutAsJsonAsync($"/api/v1/sessions/{espooSession.GetProperty("id").GetGuid()}/attendance",
            new { marks = new[] { new { clientId = espooMember, present = false } } });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var notSeen = await provider.GetAsync($"/api/v1/groups/{espooGroup}");
        Assert.Equal(HttpStatusCode.NotFound, notSeen.StatusCode);
    }

    [Fact]
    public async Task The_months_allowances_follow_the_rules_at_their_edges_and_read_back_from_csv_and_xlsx()
    {
        using var api = await factory.ApiAsync("espoo.sw", "fi");
        var group = await NewGroupAsync(api, Espoo, "arjen-taidot", "2026-09-01", paysAllowances: true);
        var regular = await factory.Client(Espoo).InTeamOf("espoo.sw").WithResponsibleWorker("espoo.sw").Named("Säännöllinen").BuildAsync();
        var almost = await factory.Client(Espoo).InTeamOf("espoo.sw").WithResponsibleWorker("espoo.sw").Named("=Melkein").BuildAsync();
        await AddMemberAsync(api, group, regular, "2026-09-01");
        await AddMemberAsync(api, group, almost, "2026-09-01");
        // Eight sessions in October, two of them on the 12th; and one in November that October does not count.
        string[] days = ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-12", "2026-10-12", "2026-11-02"];
        for (var i = 0; i < days.Length; i++)
        {
            var session = await NewSessionAsync(api, group, days[i]);
            await api.PutJsonAsync($"/api/v1/sessions/{session}/attendance",
                new { marks = new[] { new { clientId = regular, present = true }, new { clientId = almost, present = i != 6 } } }, HttpStatusCode.OK);
        }

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{group}/allowances?month=2026-10");
        Assert.Equal("2026-10", list.GetProperty("month").GetString());
        var rows = list.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("clientId").GetGuid());
        // Exactly eight sessions: the card; seven days' money, since two sessions on one day are one day.
        Assert.Equal((8, 7, 63m, true), Line(rows[regular]));
        // Seven sessions (one missed on the 12th): no card, and still seven days.
        Assert.Equal((7, 7, 63m, false), Line(rows[almost]));
        Assert.Equal(126m, list.GetProperty("activityMoney").GetDecimal());
        Assert.Equal(1, list.GetProperty("travelCards").GetInt32());

        using var csvResponse = await api.GetAsync($"/api/v1/groups/{group}/allowances.csv?month=2026-10");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        var lines = csv.Split("\r\n");
        Assert.Equal("Jäsen;Kerrat;Päivät;Toimintaraha (€);Matkakortti", lines[0]);
        Assert.Contains("Säännöllinen Testi;8;7;63;Kyllä", lines);
        // A name that would start a formula is neutralised.
        Assert.Contains("'=Melkein Testi;7;7;63;Ei", lines);
        Assert.Contains("Yhteensä;15;14;126;1", lines);
        Assert.Equal("", lines[^1]);

        using var xlsxResponse = await api.GetAsync($"/api/v1/groups/{group}/allowances.xlsx?month=2026-10");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxResponse.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text);
        Assert.Equal("Jäsen", cells["A1"]);
        Assert.Equal("=Melkein Testi", cells["A2"]);
        Assert.Equal("7", cells["B2"]);
        Assert.Equal("Säännöllinen Testi", cells["A3"]);
        Assert.Equal("8", cells["B3"]);
        Assert.Equal("63", cells["D3"]);
        Assert.Equal("Kyllä", cells["E3"]);
        Assert.Equal("126", cells["D4"]);
        Assert.Null(sheet.Descendants<Cell>().First(c => c.CellReference == "D3").DataType);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            Assert.True(await db.AuditEvents.CountAsync(e => e.Action == Actions.AllowanceRead && e.Subjects.Any(s => s.PersonId == almost)) >= 3);
        }

        foreach (var month in new[] { "2026-13", "2026-1", "november", "0000-01", "2026-10-01" })
        {
            using var bad = await api.GetAsync($"/api/v1/groups/{group}/allowances?month={month}");
            var problem = await bad.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("month", out _), month);
            using var badCsv = await api.GetAsync($"/api/v1/groups/{group}/allowances.csv?month={month}");
            Assert.Equal(HttpStatusCode.BadRequest, badCsv.StatusCode);
        }
    }

    [Fact]
    public async Task A_group_that_pays_no_allowances_lists_nobody()
    {
        using var api = await factory.ApiAsync("espoo.sw");
        var group = await NewGroupAsync(api, Espoo, "arjen-taidot", "2026-09-01", paysAllowances: false);
        var client = await factory.Client(Espoo).InTeamOf("espoo.sw").WithResponsibleWorker("espoo.sw").BuildAsync();
        await AddMemberAsync(api, group, client, "2026-09-01");
        var session = await NewSessionAsync(api, group, "2026-10-06");
        await api.PutJsonAsync($"/api/v1/sessions/{session}/attendance", new { marks = new[] { new { clientId = client, present = true } } }, HttpStatusCode.OK);
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{group}/allowances?month=2026-10");
        Assert.Empty(list.GetProperty("rows").EnumerateArray());
        Assert.Equal(0m, list.GetProperty("activityMoney").GetDecimal());
    }

    private static (int, int, decimal, bool) Line(JsonElement row) => (
        row.GetProperty("sessionsAttended").GetInt32(), row.GetProperty("daysAttended").GetInt32(),
        row.GetProperty("activityMoney").GetDecimal(), row.GetProperty("travelCard").GetBoolean());

    private async Task<Guid> NewGroupAsync(HttpClient api, string organisation, string serviceCode, string startsOn, bool paysAllowances = false) =>
        await NewGroupAsync(api, await ServiceAsync(organisation, serviceCode), startsOn, paysAllowances);

    private static async Task<Guid> NewGroupAsync(HttpClient api, Guid serviceId, string startsOn, bool paysAllowances = false) =>
        (await api.PostJsonAsync("/api/v1/groups", new
        {
            serviceId, name = "Testiryhmä", theme = "Arki", open = false, leaderIds = Array.Empty<Guid>(), schedule = "ti klo 9–12", paysAllowances, startsOn,
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static Task<JsonElement> AddMemberAsync(HttpClient api, Guid group, Guid client, string joinedOn) =>
        api.PostJsonAsync($"/api/v1/groups/{group}/members", new { clientId = client, joinedOn }, HttpStatusCode.OK);

    private static async Task<Guid> NewSessionAsync(HttpClient api, Guid group, string on) =>
        (await api.PostJsonAsync($"/api/v1/groups/{group}/sessions", new { on, topic = "Aihe" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<Guid> ServiceAsync(string organisation, string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        return await db.Services.Where(s => s.Code == code && db.Organisations.Any(o => o.Id == s.OrganisationId && o.Code == organisation)).Select(s => s.Id).SingleAsync();
    }

    private async Task<Guid> ServiceWithPlacesAsync(string organisation, int places)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var organisationId = await db.Organisations.Where(o => o.Code == organisation).Select(o => o.Id).SingleAsync();
        var service = new Service
        {
            OrganisationId = organisationId, Code = $"test-{Guid.NewGuid():N}"[..20], Name = new("Testipalvelu", "Testtjänst", "Test service"),
            Type = ServiceType.GroupActivity, Capacity = places, RequiresDecision = false, ActiveFrom = new DateOnly(2026, 1, 1),
        };
        db.Services.Add(service);
        await db.SaveChangesAsync();
        return service.Id;
    }
}

public sealed class GroupsApiTests_Sqlite(SqliteFactory factory) : GroupsApiTests<SqliteFactory>(factory);

public sealed class GroupsApiTests_Postgres(PostgresFactory factory) : GroupsApiTests<PostgresFactory>(factory);
