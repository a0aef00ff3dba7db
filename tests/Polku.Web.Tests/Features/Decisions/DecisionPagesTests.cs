using System.Net;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;
using Polku.Web.Tests.Infrastructure.Pdf;

namespace Polku.Web.Tests.Features.Decisions;

/// <summary>A decision as workers meet it in the browser's forms: started on the client page, written, refused with who can, signed, delivered.</summary>
public abstract class DecisionPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private static Dictionary<string, string> Draft(string version, string action, string endsOn = "22.5.2027") => new()
    {
        ["Input.TypeCode"] = "workshop-activity",
        ["Input.Service"] = "Työpaja Upseeri",
        ["Input.Outcome"] = "Granted",
        ["Input.StartsOn"] = "23.11.2026",
        ["Input.EndsOn"] = endsOn,
        ["Input.LegalBases[0]"] = "1301/2014:17",
        ["Input.Reasons"] = "Asiakas tarvitsee päivärytmiä ja osallisuutta; työpaja vastaa suunnitelman tavoitteisiin.",
        ["Input.Decided"] = "Asiakkaalle myönnetään työpajatoimintaa 23.11.2026–22.5.2027.",
        ["Input.MoreInformation"] = "Mikael Nyström, 040 123 4567",
        ["Input.Language"] = "fi",
        ["Input.Version"] = version,
        ["Input.Action"] = action,
    };

    [Fact]
    public async Task A_counsellors_decision_for_a_client_in_need_of_special_support_is_refused_with_who_can_and_a_social_worker_signs_it()
    {
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sc").WithResponsibleWorker("demo.sc").NeedingSpecialSupport().Named("Erityinen").BuildAsync();
        using var counsellor = await factory.SignedInBrowserAsync("demo.sc");
        using var started = await counsellor.SubmitFormAsync($"/clients/{clientId}", "start-decision", new Dictionary<string, string> { ["Start.TypeCode"] = "workshop-activity" });
        var location = started.Headers.Location?.OriginalString ?? "";
        Assert.Contains("decisions/", location, StringComparison.Ordinal);
        var id = location[(location.LastIndexOf('/') + 1)..];

        // An end before the start is named at its field, and what was typed stays.
        using var bad = await counsellor.SubmitFormAsync($"/decisions/{id}", "decision", Draft("0", "save", endsOn: "1.11.2026"));
        var badHtml = TestClients.Text(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("id=\"endsOn-error\"", badHtml);
        Assert.Contains("value=\"1.11.2026\"", badHtml);

        using var saved = await counsellor.SubmitFormAsync($"/decisions/{id}", "decision", Draft("0", "save"));
        var savedHtml = TestClients.Text(await saved.Content.ReadAsStringAsync());
        Assert.Contains("Allekirjoita päätös:", savedHtml); // the sign step is refused, with the reason…
        Assert.Contains("Asiakas tarvitsee erityistä tukea, joten päätöksen tekee sosiaalityöntekijä (SHL 46 §).", savedHtml);
        Assert.Contains("Tämän voi tehdä: Sosiaalityöntekijä.", savedHtml); // …and who can

        using var submitted = await counsellor.SubmitFormAsync($"/decisions/{id}", "decision", Draft("1", "Submit"));
        Assert.Contains("Päätös lähetettiin eteenpäin.", TestClients.Text(await submitted.Content.ReadAsStringAsync()));

        using var worker = await factory.SignedInBrowserAsync("demo.sw");
        var page = TestClients.Text(await worker.GetStringAsync($"/decisions/{id}"));
        Assert.Contains("Esitetty", page);
        Assert.Contains("Asiakas tarvitsee päivärytmiä", page); // the document is shown, in Finnish
        using var signed = await worker.SubmitFormAsync($"/decisions/{id}", "step-Sign", new Dictionary<string, string> { ["Step.Version"] = "3" });
        var signedHtml = TestClients.Text(await signed.Content.ReadAsStringAsync());
        Assert.Contains("Päätös allekirjoitettiin.", signedHtml);
        Assert.Contains("Allekirjoitettu", signedHtml);

        using var delivered = await worker.SubmitFormAsync($"/decisions/{id}", "deliver", new Dictionary<string, string> { ["Delivery.Version"] = "4", ["Delivery.Method"] = "InPerson" });
        var deliveredHtml = TestClients.Text(await delivered.Content.ReadAsStringAsync());
        Assert.Contains("Tiedoksianto kirjattu.", deliveredHtml);
        Assert.Contains("23.12.2026", deliveredHtml); // received today, so the 30 days end on 23 December

        var pdf = string.Join("\n", PdfReader.PageTexts(await worker.GetByteArrayAsync($"/api/v1/decisions/{id}/pdf")));
        Assert.Contains("23.12.2026", pdf);
        Assert.Contains("Sosiaalihuoltolaki (1301/2014) 17 §", pdf);
    }

    [Fact]
    public async Task The_register_lists_waiting_and_ending_decisions_and_the_letters_page_posts_the_batch()
    {
        using var worker = await factory.SignedInBrowserAsync("demo.sw");
        var register = TestClients.Text(await worker.GetStringAsync("/decisions"));
        Assert.Contains("Päätösrekisteri", register);
        Assert.Contains("Odottavat minua", register);
        var letters = await worker.GetAsync("/decisions/letters");
        Assert.Equal(HttpStatusCode.OK, letters.StatusCode);
        var filtered = await worker.GetAsync("/decisions?status=nonsense&typeCode=%3Cscript%3E&page=-3");
        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
    }
}

public sealed class DecisionPagesTests_Sqlite(SqliteFactory factory) : DecisionPagesTests<SqliteFactory>(factory);

public sealed class DecisionPagesTests_Postgres(PostgresFactory factory) : DecisionPagesTests<PostgresFactory>(factory);
