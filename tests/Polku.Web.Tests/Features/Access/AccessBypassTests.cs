using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Access;

/// <summary>
/// No client-data query goes around the access rules: in the source, every feature file that reads a client table
/// asks <c>ClientAccess</c> or is a client page section or timeline source (which the checked client page calls);
/// at run time, no list or page a team-policy worker can reach names another team's client.
/// </summary>
public sealed partial class AccessBypassTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly string Features = Path.Combine(SourceTree.Root, "src", "Polku.Web", "Features");

    [Fact]
    public void Every_feature_file_that_reads_client_data_goes_through_the_access_rules()
    {
        var offenders = SourceFiles()
            .Where(f => ClientTable().IsMatch(f.Text))
            // Instruments only ask whether a version has measurements (any client's), to keep a version in use unchanged.
            .Where(f => f.Name != Path.Combine("Instruments", "InstrumentHandlers.cs"))
            .Where(f => !f.Text.Contains("ClientAccess", StringComparison.Ordinal)
                && !f.Text.Contains(": IClientSection", StringComparison.Ordinal)
                && !f.Text.Contains("ITimelineSource", StringComparison.Ordinal))
            .Select(f => f.Name)
            .ToList();
        Assert.True(offenders.Count == 0, "Reads client tables without ClientAccess:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_feature_filters_client_data_by_organisation_itself()
    {
        var offenders = SourceFiles()
            .SelectMany(f => OrganisationFilter().Matches(f.Text).Select(m => $"{f.Name}: {m.Value}"))
            .ToList();
        Assert.True(offenders.Count == 0, "Hand-written organisation filters on client data:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_rule_catches_a_query_that_goes_around_it()
    {
        // The detector itself: a handler reading clients without asking the rules is caught.
        Assert.Matches(ClientTable(), "var rows = await db.Clients.Where(c => c.LastName == name).ToListAsync();");
        Assert.Matches(OrganisationFilter(), "db.Referrals.Where(r => r.OrganisationId == user.OrganisationId)");
    }

    [Fact]
    public async Task No_list_or_page_names_a_client_hidden_by_the_team_policy()
    {
        await factory.Client(DemoRegions.VantaaCode).InTeamOf("vantaa.sw2").WithResponsibleWorker("vantaa.sw2").WithReferralAndAssessment().Named("Salattusukunimi").BuildAsync();
        using var api = await factory.ApiAsync("vantaa.sw", "en");
        var document = await api.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var lists = document.GetProperty("paths").EnumerateObject()
            .Where(p => !p.Name.Contains('{', StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _))
            .Select(p => p.Name + (p.Name.EndsWith("/clients", StringComparison.Ordinal) ? "?search=salattu" : ""))
            .ToList();
        Assert.Contains("/api/v1/referrals", lists);
        using var browser = await factory.SignedInBrowserAsync("vantaa.sw", "en");
        string[] pages = ["/", "/clients", "/clients?search=salattu", "/referrals", "/referrals?status=all"];
        var leaks = new List<string>();
        foreach (var url in lists)
        {
            using var response = await api.GetAsync(url);
            if ((await response.Content.ReadAsStringAsync()).Contains("Salattusukunimi", StringComparison.Ordinal))
            {
                leaks.Add(url);
            }
        }

        foreach (var url in pages)
        {
            if ((await browser.GetStringAsync(url)).Contains("Salattusukunimi", StringComparison.Ordinal))
            {
                leaks.Add(url);
            }
        }

        Assert.True(leaks.Count == 0, "A hidden client appears on: " + string.Join(", ", leaks));

        // The same lists do show the client to their own team: the check above is not passing for want of data.
        using var own = await factory.ApiAsync("vantaa.sw2", "en");
        Assert.Contains("Salattusukunimi", await own.GetStringAsync("/api/v1/referrals"));
    }

    private static IEnumerable<(string Name, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Features, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Features, f), File.ReadAllText(f)));

    [GeneratedRegex(@"\bdb\.(Clients|Referrals|Assessments|RecordEntries|StatedReasonAccesses|Plans|PlanVersions|PlanReviews|Measurements|MeasurementScores)\b")]
    private static partial Regex ClientTable();

    [GeneratedRegex(@"\b(Clients|Referrals|Assessments|RecordEntries)\b[^;]*?\.OrganisationId\s*==\s*user\.OrganisationId")]
    private static partial Regex OrganisationFilter();
}
