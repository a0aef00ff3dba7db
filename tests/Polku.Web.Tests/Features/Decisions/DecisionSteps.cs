using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Decisions;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Decisions;

/// <summary>
/// Moving a decision through the API as a user would, and the organisation settings a decision needs (appeal
/// instructions, chain versions) put straight into the database.
/// </summary>
internal static class DecisionSteps
{
    public const string Workshop = "workshop-activity";

    public static Guid Id(this JsonElement decision) => decision.GetProperty("id").GetGuid();

    public static int Version(this JsonElement decision) => decision.GetProperty("version").GetInt32();

    public static string Status(this JsonElement decision) => decision.GetProperty("status").GetString()!;

    public static string? Text(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A new draft of the type for the client, as the preparer starts it.</summary>
    public static Task<JsonElement> DraftAsync(this HttpClient api, Guid clientId, string typeCode = Workshop) =>
        api.PostJsonAsync($"/api/v1/clients/{clientId}/decisions", new { typeCode }, HttpStatusCode.Created);

    /// <summary>
    /// The draft as saved whole: everything a decision must say, from the draft's own defaults (term, provisions, who
    /// gives more information, language), with <paramref name="change"/> applied last.
    /// </summary>
    public static Dictionary<string, object?> Complete(JsonElement decision, Action<Dictionary<string, object?>>? change = null)
    {
        var content = decision.GetProperty("content");
        var body = new Dictionary<string, object?>
        {
            ["typeCode"] = content.Text("typeCode"),
            ["service"] = "Työpaja Upseeri",
            ["outcome"] = "Granted",
            ["startsOn"] = content.Text("startsOn"),
            ["endsOn"] = content.Text("endsOn"),
            ["legalBases"] = content.GetProperty("legalBases").EnumerateArray().Select(b => b.GetString()).ToArray(),
            ["reasons"] = "Asiakkaan päivärytmi puuttuu; työpaja tukee arjen hallintaa (SHL 17 §).",
            ["decided"] = "Myönnetään työpajatoiminta ajalle.",
            ["moreInformation"] = content.Text("moreInformation"),
            ["language"] = content.Text("language"),
            ["version"] = decision.Version(),
        };
        change?.Invoke(body);
        return body;
    }

    public static Task<JsonElement> SaveAsync(this HttpClient api, JsonElement decision, Action<Dictionary<string, object?>>? change = null) =>
        api.PutJsonAsync($"/api/v1/decisions/{decision.Id()}", Complete(decision, change), HttpStatusCode.OK);

    /// <summary>A draft with everything a decision must say, ready to submit or sign.</summary>
    public static async Task<JsonElement> ReadyAsync(this HttpClient api, Guid clientId, Action<Dictionary<string, object?>>? change = null, string typeCode = Workshop) =>
        await api.SaveAsync(await api.DraftAsync(clientId, typeCode), change);

    /// <summary>Takes a step (submit, steering-group-review, sign, annul) on the version read; asserts the status.</summary>
    public static Task<JsonElement> StepAsync(this HttpClient api, JsonElement decision, string step, HttpStatusCode expected = HttpStatusCode.OK, string? note = null) =>
        api.PostJsonAsync($"/api/v1/decisions/{decision.Id()}/{step}", new { version = decision.Version(), note }, expected);

    /// <summary>The step's answer as it came, for a refusal's problem.</summary>
    public static Task<HttpResponseMessage> TryStepAsync(this HttpClient api, JsonElement decision, string step, string? note = null) =>
        api.PostAsync($"/api/v1/decisions/{decision.Id()}/{step}", JsonBody(new { version = decision.Version(), note }));

    public static Task<JsonElement> DeliverAsync(this HttpClient api, JsonElement decision, string method, HttpStatusCode expected = HttpStatusCode.OK) =>
        api.PostJsonAsync($"/api/v1/decisions/{decision.Id()}/deliver", new { method, version = decision.Version() }, expected);

    public static async Task<JsonElement> GetDecisionAsync(this HttpClient api, Guid id)
    {
        using var response = await api.GetAsync($"/api/v1/decisions/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET decision {id}: {response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static StringContent JsonBody(object body) =>
        new(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), System.Text.Encoding.UTF8, "application/json");

    /// <summary>The step as the decision's page offers it: allowed, or refused with the reason.</summary>
    public static JsonElement StepView(this JsonElement decision, string step) =>
        decision.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == step);

    public static IReadOnlyList<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>
    /// Makes sure the organisation's latest appeal instructions are complete in Finnish and Swedish, adding a version
    /// above whatever is there (seeded instructions start at version 1) when they are not.
    /// </summary>
    public static async Task EnsureAppealInstructionsAsync(this PolkuFactory factory, string organisationCode)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var organisationId = await db.Organisations.Where(o => o.Code == organisationCode).Select(o => o.Id).SingleAsync();
        var latest = await db.AppealInstructions.AsNoTracking().Where(a => a.OrganisationId == organisationId)
            .OrderByDescending(a => a.Version).FirstOrDefaultAsync();
        if (latest is { Finnish.IsComplete: true, Swedish.IsComplete: true })
        {
            return;
        }

        await factory.AddAppealInstructionsAsync(organisationCode, AppealTexts("fi"), AppealTexts("sv"));
    }

    /// <summary>Adds a version of the organisation's appeal instructions above the latest; returns its number.</summary>
    public static async Task<int> AddAppealInstructionsAsync(this PolkuFactory factory, string organisationCode, AppealTexts finnish, AppealTexts swedish)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var organisationId = await db.Organisations.Where(o => o.Code == organisationCode).Select(o => o.Id).SingleAsync();
        var version = (await db.AppealInstructions.Where(a => a.OrganisationId == organisationId).MaxAsync(a => (int?)a.Version) ?? 0) + 1;
        db.AppealInstructions.Add(new AppealInstruction
        {
            OrganisationId = organisationId, Version = version, Finnish = finnish, Swedish = swedish, CreatedAt = factory.Time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return version;
    }

    public static AppealTexts AppealTexts(string language) => language == "sv"
        ? new AppealTexts
        {
            Authority = "Socialnämnden, PB 1, 00001 Staden",
            HowToRequest = "Skriftligen per post eller e-post inom 30 dagar.",
            RequestContents = "Beslutet, ändringen som yrkas och grunderna för den.",
            ContactDetails = "Socialbyrån, tfn 000 000 000",
        }
        : new AppealTexts
        {
            Authority = "Sosiaalilautakunta, PL 1, 00001 Kaupunki",
            HowToRequest = "Kirjallisesti postitse tai sähköpostilla 30 päivän kuluessa.",
            RequestContents = "Päätös, vaadittu muutos ja sen perusteet.",
            ContactDetails = "Sosiaalitoimisto, puh. 000 000 000",
        };
}
