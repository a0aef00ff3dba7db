using System.Net;
using System.Net.Http.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Decisions;

/// <summary>
/// An administrator changes an area's chain as configuration: the change is a new version, new decisions follow it,
/// and a decision started before keeps the chain it was made under. Its own database, so the change reaches no other test.
/// </summary>
public abstract class DecisionChainSettingsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private static readonly string[] SocialWorkers = ["SocialWorker"];
    private static readonly string[] Counsellors = ["SocialCounsellor"];
    private static readonly string[] Wizards = ["Wizard"];

    [Fact]
    public async Task A_new_version_of_Heinolas_chain_reaches_new_decisions_only()
    {
        using var admin = await factory.ApiAsync("phhyky.admin");
        var chains = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/decision-chains");
        var heinola = chains.EnumerateArray().Single(c => c.Text("areaCode") == "111");
        Assert.Equal(1, heinola.GetProperty("version").GetInt32());
        Assert.Contains("SocialCounsellor", heinola.GetProperty("effective").GetProperty("signers").Strings());

        using var counsellor = await factory.ApiAsync("heinola.sc");
        var clientId = await factory.Client("PHHYKY").WithResponsibleWorker("heinola.sc").InMunicipality("Heinola").BuildAsync();
        var before = await counsellor.ReadyAsync(clientId);

        var changed = await admin.PostJsonAsync("/api/v1/decision-chains", new { areaCode = "111", signers = SocialWorkers, version = 1 }, HttpStatusCode.OK);
        Assert.Equal(2, changed.GetProperty("version").GetInt32());
        Assert.DoesNotContain("SocialCounsellor", changed.GetProperty("effective").GetProperty("signers").Strings());
        // A stale version is refused rather than overwriting what another administrator saved.
        using var stale = await admin.PostAsJsonAsync("/api/v1/decision-chains", new { areaCode = "111", signers = Counsellors, version = 1 });
        await stale.AssertProblemAsync(HttpStatusCode.Conflict);

        // The decision started under version 1 is still the counsellor's to decide; a new one is not.
        var signed = await counsellor.StepAsync(before, "sign");
        Assert.Equal("Signed", signed.Status());
        Assert.Equal(1, signed.GetProperty("chain").GetProperty("areaNumber").GetInt32());
        var after = await counsellor.ReadyAsync(clientId);
        Assert.Equal(2, after.GetProperty("chain").GetProperty("areaNumber").GetInt32());
        using var refused = await counsellor.TryStepAsync(after, "sign");
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("SocialWorker", problem.GetProperty("whoCan").Strings());
    }

    [Fact]
    public async Task A_chain_without_signers_an_unknown_area_or_a_worker_as_administrator_is_refused()
    {
        using var admin = await factory.ApiAsync("phhyky.admin");
        using var noSigners = await admin.PostAsJsonAsync("/api/v1/decision-chains", new { preparers = SocialWorkers, version = 0 });
        var problem = await noSigners.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("signers", out _));
        using var unknownArea = await admin.PostAsJsonAsync("/api/v1/decision-chains", new { areaCode = "999", signers = SocialWorkers, version = 0 });
        Assert.True((await unknownArea.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("areaCode", out _));
        using var badRole = await admin.PostAsJsonAsync("/api/v1/decision-chains", new { areaCode = "781", signers = Wizards, version = 1 });
        await badRole.AssertProblemAsync(HttpStatusCode.BadRequest);
        using var worker = await factory.ApiAsync("phhyky.sw");
        using var forbidden = await worker.PostAsJsonAsync("/api/v1/decision-chains", new { areaCode = "781", signers = SocialWorkers, version = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}

public sealed class DecisionChainSettingsTests_Sqlite(SqliteFactory factory) : DecisionChainSettingsTests<SqliteFactory>(factory);

public sealed class DecisionChainSettingsTests_Postgres(PostgresFactory factory) : DecisionChainSettingsTests<PostgresFactory>(factory);
