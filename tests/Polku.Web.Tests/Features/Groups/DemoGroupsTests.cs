using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Groups;

/// <summary>The demo groups as a newcomer meets them: Espoo's allowance list, and the provider marking attendance in Vaasa.</summary>
public sealed class DemoGroupsTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Espoos_allowance_list_for_this_month_has_rows_and_totals_and_someone_earns_a_travel_card()
    {
        using var api = await factory.ApiAsync("espoo.sc");
        var group = (await api.GetFromJsonAsync<JsonElement>("/api/v1/groups")).EnumerateArray().Single(g => g.GetProperty("name").GetString() == "Arjen taidot");
        Assert.True(group.GetProperty("paysAllowances").GetBoolean());
        var id = group.GetProperty("id").GetGuid();
        var month = factory.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{id}/allowances?month={month}");
        var rows = list.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.True(list.GetProperty("activityMoney").GetDecimal() > 0);
        Assert.Equal(rows.Sum(r => r.GetProperty("activityMoney").GetDecimal()), list.GetProperty("activityMoney").GetDecimal());
        Assert.Equal(9m, list.GetProperty("dailyActivityMoney").GetDecimal());
        Assert.Contains(rows, r => r.GetProperty("travelCard").GetBoolean());
        Assert.Contains(rows, r => !r.GetProperty("travelCard").GetBoolean() && r.GetProperty("sessionsAttended").GetInt32() > 0);

        // The previous, whole month too: a card at eight sessions or more, none below.
        var previous = factory.Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var earlier = await api.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{id}/allowances?month={previous}");
        foreach (var row in earlier.GetProperty("rows").EnumerateArray())
        {
            Assert.Equal(row.GetProperty("sessionsAttended").GetInt32() >= 8, row.GetProperty("travelCard").GetBoolean());
        }

        using var browser = await factory.SignedInBrowserAsync("espoo.sc");
        var page = TestClients.Text(await browser.GetStringAsync($"/groups/{id}/allowances?month={month}"));
        Assert.Contains("Yhteensä", page, StringComparison.Ordinal);
        Assert.Contains("Lindqvist Emil", page, StringComparison.Ordinal);
        // The organisation's rules read as two sentences.
        Assert.Contains("osallistumispäivältä. Matkakortti", page, StringComparison.Ordinal);
        using var bad = await browser.GetAsync($"/groups/{id}/allowances?month=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Arjen taidot", TestClients.Text(await browser.GetStringAsync("/groups")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_provider_marks_this_weeks_attendance_in_the_upseeri_morning_group_on_the_page()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.provider");
        var list = TestClients.Text(await browser.GetStringAsync("/groups"));
        Assert.Contains("Upseerin aamuryhmä", list, StringComparison.Ordinal);
        using var api = await factory.ApiAsync("demo.provider");
        var group = (await api.GetFromJsonAsync<JsonElement>("/api/v1/groups")).EnumerateArray().Single();
        var id = group.GetProperty("id").GetGuid();
        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{id}");
        var members = view.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("clientId").GetGuid()).ToList();
        Assert.Equal(3, members.Count);
        var today = factory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var session = view.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("on").GetString() == today);
        Assert.Empty(session.GetProperty("marks").EnumerateArray());
        var sessionId = session.GetProperty("id").GetGuid();

        var url = $"/groups/{id}?session={sessionId}";
        Assert.Contains("Ketkä olivat paikalla", TestClients.Text(await browser.GetStringAsync(url)), StringComparison.Ordinal);
        using var response = await browser.SubmitFormAsync(url, "attendance", new Dictionary<string, string>
        {
            ["Attendance.SessionId"] = sessionId.ToString(),
            ["present"] = members[0].ToString(),
        });
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, response.StatusCode.ToString());

        var marks = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{id}")).GetProperty("sessions").EnumerateArray()
            .Single(s => s.GetProperty("id").GetGuid() == sessionId).GetProperty("marks").EnumerateArray().ToList();
        Assert.Equal(3, marks.Count);
        Assert.Equal([members[0]], marks.Where(m => m.GetProperty("present").GetBoolean()).Select(m => m.GetProperty("clientId").GetGuid()));
    }
}
