using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Web.Tests.Features.Decisions;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Commitments;

/// <summary>A Vaasa client with a signed workshop decision, and commitments given on it through the API.</summary>
internal static class CommitmentSteps
{
    /// <summary>A new Vaasa client of demo.sw with a signed granting workshop decision from today for six months.</summary>
    public static async Task<(Guid ClientId, JsonElement Decision)> GrantedAsync(this PolkuFactory factory, HttpClient worker)
    {
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var signed = await worker.StepAsync(await worker.ReadyAsync(clientId), "sign");
        Assert.Equal("Signed", signed.Status());
        return (clientId, signed);
    }

    public static async Task<Guid> ServiceIdAsync(this PolkuFactory factory, string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        return await db.Services.Where(s => s.Code == code && db.Organisations.Any(o => o.Id == s.OrganisationId && o.Code == DemoData.VaasaCode))
            .Select(s => s.Id).SingleAsync();
    }

    public static Task<JsonElement> GiveAsync(
        this HttpClient api, JsonElement decision, Guid serviceId, DateOnly startsOn, DateOnly endsOn, int maxUnits = 60, HttpStatusCode expected = HttpStatusCode.Created) =>
        api.PostJsonAsync($"/api/v1/decisions/{decision.Id()}/commitment",
            new { serviceId, startsOn = startsOn.Iso(), endsOn = endsOn.Iso(), maxUnits }, expected);

    public static Task<HttpResponseMessage> TryGiveAsync(this HttpClient api, Guid decisionId, object body) =>
        api.PostAsync($"/api/v1/decisions/{decisionId}/commitment", DecisionSteps.JsonBody(body));

    public static DateOnly Date(this JsonElement element, string property) => DateOnly.Parse(element.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
