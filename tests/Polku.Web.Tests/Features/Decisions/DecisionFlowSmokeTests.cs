using System.Net;
using System.Net.Http.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Decisions;

public sealed class DecisionFlowSmokeTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly string[] Bases = ["1301/2014:17"];

    [Fact]
    public async Task Smoke()
    {
        using var sc = await factory.ApiAsync("vantaa.sc");
        var clientId = await factory.Client("092").InTeamOf("vantaa.sc").WithResponsibleWorker("vantaa.sc").BuildAsync();
        var d = await sc.PostJsonAsync($"/api/v1/clients/{clientId}/decisions", new { typeCode = "workshop-activity" }, HttpStatusCode.Created);
        var id = d.GetProperty("id").GetGuid();
        var c = d.GetProperty("content");
        var saved = await sc.PutJsonAsync($"/api/v1/decisions/{id}", new
        {
            typeCode = "workshop-activity", service = "Työpaja", outcome = "Granted", startsOn = c.GetProperty("startsOn").GetString(), endsOn = c.GetProperty("endsOn").GetString(),
            legalBases = Bases, reasons = "Perustelut.", decided = "Myönnetään.", moreInformation = "Ville", language = "fi", version = d.GetProperty("version").GetInt32(),
        }, HttpStatusCode.OK);
        var submitted = await sc.PostJsonAsync($"/api/v1/decisions/{id}/submit", new { version = saved.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.Equal("SteeringGroup", submitted.GetProperty("status").GetString());
        using var group = await factory.ApiAsync("vantaa.group");
        var waiting = await group.GetStringAsync("/api/v1/decisions/waiting");
        Assert.Contains(id.ToString(), waiting, StringComparison.Ordinal);
        var reviewed = await group.PostJsonAsync($"/api/v1/decisions/{id}/steering-group-review", new { version = submitted.GetProperty("version").GetInt32(), note = "Puoltaa." }, HttpStatusCode.OK);
        Assert.Equal("Proposed", reviewed.GetProperty("status").GetString());
        var refused = await sc.PostAsJsonAsync($"/api/v1/decisions/{id}/sign", new { version = reviewed.GetProperty("version").GetInt32() });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Leading social worker", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
