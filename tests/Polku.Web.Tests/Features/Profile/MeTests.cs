using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Profile;

public sealed class MeTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task An_api_client_learns_its_own_employee_id_and_can_name_itself_responsible_worker()
    {
        using var api = await factory.ApiAsync("demo.sc");
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var employeeId = me.GetProperty("employeeId").GetGuid();
        Assert.Equal(await factory.UserIdAsync("demo.sc"), employeeId);
        var clientId = await api.NewClientAsync("Itsenimetty");
        var client = await api.PostJsonAsync($"/api/v1/clients/{clientId}/responsible-worker", new { employeeId }, System.Net.HttpStatusCode.OK);
        Assert.Equal(employeeId, client.GetProperty("responsibleWorker").GetProperty("id").GetGuid());
    }
}
