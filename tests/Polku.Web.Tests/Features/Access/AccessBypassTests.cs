using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Decisions;
using Polku.Domain.People;
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
        var files = SourceFiles().ToList();
        // A partial class is one class: a file of it that reads client tables is covered by the file that asks ClientAccess.
        var classes = files.SelectMany(f => PartialClass().Matches(f.Text).Select(m => (Class: m.Groups[1].Value, f.Text)))
            .GroupBy(c => c.Class, c => c.Text)
            .ToDictionary(g => g.Key, g => string.Concat(g));
        var offenders = files
            .Where(f => ClientTable().IsMatch(f.Text))
            // Instruments only ask whether a version has measurements (any client's), to keep a version in use unchanged.
            .Where(f => f.Name != Path.Combine("Instruments", "InstrumentHandlers.cs"))
            .Where(f => !GoesThroughAccess(f.Text)
                && !PartialClass().Matches(f.Text).Any(m => GoesThroughAccess(classes[m.Groups[1].Value])))
            .Select(f => f.Name)
            .ToList();
        Assert.True(offenders.Count == 0, "Reads client tables without ClientAccess:\n" + string.Join("\n", offenders));
    }

    /// <summary>
    /// Asks the rules itself, is a client page section or timeline source (which the checked client page calls) or the
    /// records they share, or
    /// loads its decision through <c>DecisionHandlers.TrackedAsync</c> or <c>GetAsync</c>, which ask them.
    /// </summary>
    private static bool GoesThroughAccess(string text) =>
        text.Contains("ClientAccess", StringComparison.Ordinal)
        || text.Contains(": IClientSection", StringComparison.Ordinal)
        || text.Contains("ITimelineSource", StringComparison.Ordinal)
        || text.Contains(": IClientPageRecords", StringComparison.Ordinal)
        || text.Contains("decisions.TrackedAsync(", StringComparison.Ordinal)
        || text.Contains("decisions.GetAsync(", StringComparison.Ordinal);

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
        Assert.Matches(ClientTable(), "await db.Decisions.Where(d => d.Status == DecisionStatus.Signed).ToListAsync();");
        Assert.Matches(OrganisationFilter(), "db.Referrals.Where(r => r.OrganisationId == user.OrganisationId)");
    }

    [Fact]
    public async Task No_list_or_page_names_a_client_hidden_by_the_team_policy()
    {
        var hidden = await factory.Client(DemoRegions.VantaaCode).InTeamOf("vantaa.sw2").WithResponsibleWorker("vantaa.sw2").WithReferralAndAssessment().Named("Salattusukunimi").BuildAsync();
        await DecisionsAtEveryStageAsync(hidden, "vantaa.sw2");
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
        Assert.Contains("Salattusukunimi", await own.GetStringAsync("/api/v1/decisions"));
        Assert.Contains("Salattusukunimi", await own.GetStringAsync("/api/v1/decisions/ending"));
        Assert.Contains("Salattusukunimi", await own.GetStringAsync("/api/v1/decisions/waiting"));
    }

    /// <summary>
    /// The client's decisions where every decision list could name them: a draft of the preparer's, one on the steering
    /// group's agenda, one proposed, and one signed and ending within the month.
    /// </summary>
    private async Task DecisionsAtEveryStageAsync(Guid clientId, string preparer)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var organisationId = await db.Clients.Where(c => c.Id == clientId).Select(c => c.OrganisationId).SingleAsync();
        var preparerId = await factory.UserIdAsync(preparer);
        var today = factory.Today;
        var chain = ChainVersion.Of(RegionalChains.Vantaa);
        Decision Draft() => Decision.Draft(organisationId, clientId, chain, preparerId, today.AddMonths(-6), new DecisionContent
        {
            TypeCode = "workshop-activity", Outcome = DecisionOutcome.Granted, StartsOn = today.AddMonths(-6), EndsOn = today.AddDays(10),
            LegalBases = ["1301/2014:17"], Reasons = "Salattu.", Decided = "Salattu.", MoreInformation = "Salattu.",
        });
        var steps = new[]
        {
            (DecisionStep.Submit, Role.SocialWorker), (DecisionStep.SteeringGroupReview, Role.SteeringGroupMember), (DecisionStep.Sign, Role.LeadingSocialWorker),
        };
        for (var taken = 0; taken <= steps.Length; taken++)
        {
            var decision = Draft();
            foreach (var (step, role) in steps.Take(taken))
            {
                Assert.True(decision.Take(step, role == Role.SocialWorker ? preparerId : Guid.NewGuid(), [role], false, today).IsAllowed);
            }

            db.Decisions.Add(decision);
        }

        await db.SaveChangesAsync();
    }

    private static IEnumerable<(string Name, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Features, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Features, f), File.ReadAllText(f)));

    [GeneratedRegex(@"\bdb\.(Clients|Referrals|Assessments|RecordEntries|StatedReasonAccesses|Plans|PlanVersions|PlanReviews|Measurements|MeasurementScores|Decisions|DecisionDispatches|RectificationRequests)\b")]
    private static partial Regex ClientTable();

    [GeneratedRegex(@"\bpartial class (\w+)")]
    private static partial Regex PartialClass();

    [GeneratedRegex(@"\b(Clients|Referrals|Assessments|RecordEntries)\b[^;]*?\.OrganisationId\s*==\s*user\.OrganisationId")]
    private static partial Regex OrganisationFilter();
}
