using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Domain.Audit;
using Polku.Domain.Decisions;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Decisions;

/// <summary>
/// Authority decisions over the API on both databases: each demo region's chain (Vaasa decides alone but keeps special
/// support with a social worker, Vantaa's steering group and leading social worker, PHHYKY's Sysmä and Heinola areas),
/// bad input, delivery and its appeal dates, requests for rectification, annulment, correction and continuation, the
/// register and the queues, and the audit trail. Vaasa and Vantaa sign with complete appeal instructions; only the
/// test of missing Swedish instructions changes PHHYKY's, and every test starts by making them complete again.
/// </summary>
public abstract class DecisionsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : PolkuFactory
{
    private const string Vantaa = DemoRegions.VantaaCode;
    private const string Vaasa = DemoData.VaasaCode;
    private const string Phhyky = DemoRegions.PhhykyCode;

    private static readonly string[] SocialWorker = ["SocialWorker"];
    private static readonly string[] LeadingSocialWorker = ["LeadingSocialWorker"];
    private static readonly string[] SocialDirector = ["SocialDirector"];
    private static readonly string[] SocialWorkerOffices = ["SocialWorker", "LeadingSocialWorker"];
    private static readonly string[] NotAWorkshopBasis = ["380/1987:8c"];
    private static readonly string[] WhatSigningNeeds = ["decided", "outcome", "reasons"];

    public async Task InitializeAsync()
    {
        foreach (var organisation in new[] { Vaasa, Vantaa, Phhyky })
        {
            await factory.EnsureAppealInstructionsAsync(organisation);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // ---- Vaasa: a social worker or counsellor decides alone; special support stays with a social worker (SHL § 46).

    [Fact]
    public async Task Vaasa_a_counsellor_prepares_for_a_client_in_need_of_special_support_and_a_social_worker_signs()
    {
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sc").WithResponsibleWorker("demo.sc").NeedingSpecialSupport().BuildAsync();
        using var counsellor = await factory.ApiAsync("demo.sc");
        var draft = await counsellor.ReadyAsync(clientId);

        using var refused = await counsellor.TryStepAsync(draft, "sign");
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("special support", detail, StringComparison.Ordinal);
        Assert.Contains("Who can: Social worker.", detail, StringComparison.Ordinal);
        Assert.Equal("SpecialSupportNeedsSocialWorker", problem.GetProperty("reason").GetString());
        Assert.Equal(SocialWorker, problem.GetProperty("whoCan").Strings());

        // In the user's own language.
        using (var finnish = await factory.ApiAsync("demo.sc", "fi"))
        using (var refusedInFinnish = await finnish.TryStepAsync(draft, "sign"))
        {
            var finnishDetail = (await refusedInFinnish.AssertProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString();
            Assert.Equal("Asiakas tarvitsee erityistä tukea, joten päätöksen tekee sosiaalityöntekijä (SHL 46 §). Tämän voi tehdä: Sosiaalityöntekijä.", finnishDetail);
        }

        // The page says so before anyone presses the button, and the refusal changed nothing.
        var page = await counsellor.GetDecisionAsync(draft.Id());
        Assert.Equal("Draft", page.Status());
        Assert.Equal(draft.Version(), page.Version());
        Assert.True(page.StepView("Submit").GetProperty("allowed").GetBoolean());
        var sign = page.StepView("Sign");
        Assert.False(sign.GetProperty("allowed").GetBoolean());
        Assert.Equal(detail, sign.GetProperty("refusal").GetString());

        var proposed = await counsellor.StepAsync(page, "submit");
        Assert.Equal("Proposed", proposed.Status());
        using var stillRefused = await counsellor.TryStepAsync(proposed, "sign");
        await stillRefused.AssertProblemAsync(HttpStatusCode.Forbidden);

        using var socialWorker = await factory.ApiAsync("demo.sw");
        var waiting = await socialWorker.GetFromJsonAsync<JsonElement>("/api/v1/decisions/waiting");
        Assert.Contains(waiting.EnumerateArray(), w => w.GetProperty("decision").Id() == draft.Id() && w.GetProperty("reason").GetString() == "ToSign");
        var counsellorsQueue = await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/decisions/waiting");
        Assert.DoesNotContain(counsellorsQueue.EnumerateArray(), w => w.GetProperty("decision").Id() == draft.Id());

        var signed = await socialWorker.StepAsync(proposed, "sign");
        Assert.Equal("Signed", signed.Status());
        Assert.Equal("Sanna Virtanen", signed.GetProperty("signer").GetString());
        Assert.Equal("Mikael Nyström", signed.GetProperty("preparer").GetString());
        Assert.Equal(factory.Today.Iso(), signed.Text("decidedOn"));
        Assert.True(signed.GetProperty("appealInstructionVersion").GetInt32() >= 1);
    }

    [Fact]
    public async Task Vaasa_a_counsellor_decides_alone_for_a_client_without_special_support()
    {
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sc").WithResponsibleWorker("demo.sc").BuildAsync();
        using var counsellor = await factory.ApiAsync("demo.sc");
        var draft = await counsellor.ReadyAsync(clientId);
        Assert.True(draft.StepView("Sign").GetProperty("allowed").GetBoolean());

        var signed = await counsellor.StepAsync(draft, "sign");
        Assert.Equal("Signed", signed.Status());
        Assert.Equal("Mikael Nyström", signed.GetProperty("signer").GetString());
        var history = signed.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("Sign", Assert.Single(history).GetProperty("step").GetString());
        Assert.Equal(1, signed.GetProperty("chain").GetProperty("number").GetInt32());
    }

    // ---- Vantaa: the steering group reviews, the worker prepares, the leading social worker signs.

    [Fact]
    public async Task Vantaa_the_steering_group_reviews_and_the_leading_social_worker_signs_what_the_worker_prepared()
    {
        var clientId = await factory.Client(Vantaa).InTeamOf("vantaa.sc").WithResponsibleWorker("vantaa.sc").BuildAsync();
        using var counsellor = await factory.ApiAsync("vantaa.sc");
        using var group = await factory.ApiAsync("vantaa.group");
        using var lead = await factory.ApiAsync("vantaa.lead");
        var draft = await counsellor.ReadyAsync(clientId);
        // A chain with a steering group never lets a draft be signed at once, not even by someone who may sign.
        Assert.DoesNotContain(draft.GetProperty("steps").EnumerateArray(), s => s.GetProperty("step").GetString() == "Sign");

        // Before the case is on the agenda the group does not see the client at all.
        using (var notYet = await group.GetAsync($"/api/v1/decisions/{draft.Id()}"))
        {
            await notYet.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        var onAgenda = await counsellor.StepAsync(draft, "submit");
        Assert.Equal("SteeringGroup", onAgenda.Status());
        var agenda = await group.GetFromJsonAsync<JsonElement>("/api/v1/decisions/waiting");
        Assert.Contains(agenda.EnumerateArray(), w => w.GetProperty("decision").Id() == draft.Id() && w.GetProperty("reason").GetString() == "ToReview");
        Assert.Equal("SteeringGroup", (await group.GetDecisionAsync(draft.Id())).Status());
        // The group recommends; it does not decide.
        using (var groupSigns = await group.TryStepAsync(onAgenda, "sign"))
        {
            await groupSigns.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var workerReviews = await counsellor.TryStepAsync(onAgenda, "steering-group-review", "Puoltaa."))
        {
            await workerReviews.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        var proposed = await group.StepAsync(onAgenda, "steering-group-review", note: "Ryhmä puoltaa työpajaa kuudeksi kuukaudeksi.");
        Assert.Equal("Proposed", proposed.Status());

        using (var preparerSigns = await counsellor.TryStepAsync(proposed, "sign"))
        {
            var problem = await preparerSigns.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Contains("Leading social worker", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal("RoleNotAllowed", problem.GetProperty("reason").GetString());
            Assert.Equal(LeadingSocialWorker, problem.GetProperty("whoCan").Strings());
        }

        var leadsQueue = await lead.GetFromJsonAsync<JsonElement>("/api/v1/decisions/waiting");
        Assert.Contains(leadsQueue.EnumerateArray(), w => w.GetProperty("decision").Id() == draft.Id() && w.GetProperty("reason").GetString() == "ToSign");

        var signed = await lead.StepAsync(proposed, "sign");
        Assert.Equal("Signed", signed.Status());
        var history = signed.GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("step").GetString()!, h.GetProperty("by").GetString()!, h.GetProperty("note").GetString()!)).ToList();
        Assert.Equal(
            new[] { ("Submit", "Ville Heinonen", ""), ("SteeringGroupReview", "Heikki Toivonen", "Ryhmä puoltaa työpajaa kuudeksi kuukaudeksi."), ("Sign", "Tuula Rantanen", "") },
            history);

        // The preparer delivers; the leading social worker, whose role does not write the record, is not asked to.
        var preparersQueue = await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/decisions/waiting");
        Assert.Contains(preparersQueue.EnumerateArray(), w => w.GetProperty("decision").Id() == draft.Id() && w.Text("reason") == "ToDeliver");
        Assert.DoesNotContain(draft.Id().ToString(), await lead.GetStringAsync("/api/v1/decisions/waiting"), StringComparison.Ordinal);
        using (var leadDelivers = await lead.PostAsJsonAsync($"/api/v1/decisions/{draft.Id()}/deliver", new { method = "inPerson", version = signed.Version() }))
        {
            await leadDelivers.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        // The group's relation to the client lasts only while the case is on its agenda: in the same organisation the
        // client is now hidden (403), as a team-policy client is; another organisation's decision is not there at all (404).
        using (var afterReview = await group.GetAsync($"/api/v1/decisions/{draft.Id()}"))
        {
            await afterReview.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var clientAfterReview = await group.GetAsync($"/api/v1/clients/{clientId}"))
        {
            await clientAfterReview.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var signAfterReview = await group.TryStepAsync(signed, "annul", "Ryhmä kumoaa."))
        {
            await signAfterReview.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        Assert.DoesNotContain(draft.Id().ToString(), await group.GetStringAsync("/api/v1/decisions/waiting"), StringComparison.Ordinal);
        var vaasaClient = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        using var vaasaWorker = await factory.ApiAsync("demo.sw");
        var vaasaDecision = await vaasaWorker.DraftAsync(vaasaClient);
        using var elsewhere = await group.GetAsync($"/api/v1/decisions/{vaasaDecision.Id()}");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    // ---- PHHYKY: a social worker decides; Sysmä's social director signs; in Heinola a counsellor decides alone.

    [Fact]
    public async Task Phhyky_in_sysma_the_counsellor_prepares_and_only_the_social_director_signs()
    {
        var clientId = await factory.Client(Phhyky).InTeamOf("sysma.sc").WithResponsibleWorker("sysma.sc").InMunicipality(RegionalChains.SysmaCode).BuildAsync();
        using var counsellor = await factory.ApiAsync("sysma.sc");
        var draft = await counsellor.ReadyAsync(clientId);
        var chain = draft.GetProperty("chain");
        Assert.Equal(1, chain.GetProperty("areaNumber").GetInt32());
        Assert.Equal(SocialDirector, chain.GetProperty("chain").GetProperty("signers").Strings());

        var proposed = await counsellor.StepAsync(draft, "submit");
        Assert.Equal("Proposed", proposed.Status());
        using (var preparerSigns = await counsellor.TryStepAsync(proposed, "sign"))
        {
            var problem = await preparerSigns.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal(SocialDirector, problem.GetProperty("whoCan").Strings());
            Assert.Contains("Social director", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // A county social worker signs elsewhere in PHHYKY, not in Sysmä.
        using var countyWorker = await factory.ApiAsync("phhyky.sw");
        using (var workerSigns = await countyWorker.TryStepAsync(proposed, "sign"))
        {
            var problem = await workerSigns.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("RoleNotAllowed", problem.GetProperty("reason").GetString());
            Assert.Equal(SocialDirector, problem.GetProperty("whoCan").Strings());
        }

        using var director = await factory.ApiAsync("sysma.director");
        var signed = await director.StepAsync(proposed, "sign");
        Assert.Equal("Signed", signed.Status());
        Assert.Equal("Markku Peltonen", signed.GetProperty("signer").GetString());
    }

    [Fact]
    public async Task Phhyky_in_sysma_a_client_in_need_of_special_support_is_decided_by_a_social_worker_not_the_director()
    {
        var clientId = await factory.Client(Phhyky).InTeamOf("sysma.sc").WithResponsibleWorker("sysma.sc").InMunicipality(RegionalChains.SysmaCode)
            .NeedingSpecialSupport().BuildAsync();
        using var counsellor = await factory.ApiAsync("sysma.sc");
        var proposed = await counsellor.StepAsync(await counsellor.ReadyAsync(clientId), "submit");

        // Sysmä's chain names no social worker among its signers; SHL § 46 still keeps the decision with one.
        using var director = await factory.ApiAsync("sysma.director");
        using (var refused = await director.TryStepAsync(proposed, "sign"))
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("SpecialSupportNeedsSocialWorker", problem.GetProperty("reason").GetString());
            Assert.Equal(SocialWorkerOffices, problem.GetProperty("whoCan").Strings());
        }

        using var socialWorker = await factory.ApiAsync("phhyky.sw");
        Assert.Equal("Signed", (await socialWorker.StepAsync(proposed, "sign")).Status());
    }

    [Fact]
    public async Task Phhyky_in_heinola_a_counsellor_decides_alone_elsewhere_only_a_social_worker_signs()
    {
        var heinolaClient = await factory.Client(Phhyky).InTeamOf("heinola.sc").WithResponsibleWorker("heinola.sc").InMunicipality(RegionalChains.HeinolaCode).BuildAsync();
        using var heinolaCounsellor = await factory.ApiAsync("heinola.sc");
        var heinola = await heinolaCounsellor.StepAsync(await heinolaCounsellor.ReadyAsync(heinolaClient), "sign");
        Assert.Equal("Signed", heinola.Status());
        Assert.Equal("Anu Lahtinen", heinola.GetProperty("signer").GetString());

        var clientId = await factory.Client(Phhyky).InTeamOf("phhyky.sc").WithResponsibleWorker("phhyky.sc").BuildAsync();
        using var counsellor = await factory.ApiAsync("phhyky.sc");
        var draft = await counsellor.ReadyAsync(clientId);
        using (var refused = await counsellor.TryStepAsync(draft, "sign"))
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("RoleNotAllowed", problem.GetProperty("reason").GetString());
            Assert.Equal(SocialWorker, problem.GetProperty("whoCan").Strings());
        }

        var proposed = await counsellor.StepAsync(draft, "submit");
        using var socialWorker = await factory.ApiAsync("phhyky.sw");
        var signed = await socialWorker.StepAsync(proposed, "sign");
        Assert.Equal("Signed", signed.Status());
        Assert.Equal("Päivi Hakala", signed.GetProperty("signer").GetString());
    }

    [Fact]
    public async Task A_swedish_decision_is_not_signed_while_the_organisations_latest_instructions_lack_swedish()
    {
        // PHHYKY only, so no other test's organisation loses its instructions; the next test makes them complete again.
        var version = await factory.AddAppealInstructionsAsync(Phhyky, DecisionSteps.AppealTexts("fi"), new AppealTexts());
        using var socialWorker = await factory.ApiAsync("phhyky.sw");
        var swedishClient = await factory.Client(Phhyky).InTeamOf("phhyky.sw").WithResponsibleWorker("phhyky.sw").Speaking("sv").BuildAsync();
        var swedish = await socialWorker.ReadyAsync(swedishClient);
        Assert.Equal("sv", swedish.GetProperty("content").Text("language"));

        using var refused = await socialWorker.TryStepAsync(swedish, "sign");
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Swedish appeal instructions are missing", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("Draft", (await socialWorker.GetDecisionAsync(swedish.Id())).Status());

        // The Finnish instructions of the same version are complete, so a Finnish decision is signed with them.
        var finnishClient = await factory.Client(Phhyky).InTeamOf("phhyky.sw").WithResponsibleWorker("phhyky.sw").BuildAsync();
        var finnish = await socialWorker.StepAsync(await socialWorker.ReadyAsync(finnishClient), "sign");
        Assert.Equal("Signed", finnish.Status());
        Assert.Equal(version, finnish.GetProperty("appealInstructionVersion").GetInt32());

        // With Swedish instructions added as a newer version, the same Swedish draft is signed with that version.
        await factory.EnsureAppealInstructionsAsync(Phhyky);
        var signed = await socialWorker.StepAsync(swedish, "sign");
        Assert.Equal(version + 1, signed.GetProperty("appealInstructionVersion").GetInt32());
    }

    // ---- Bad input: a clear 400, 403 or 409 problem, never a 500.

    [Fact]
    public async Task A_draft_that_cannot_be_right_is_refused_field_by_field_and_nothing_is_saved()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var draft = await api.DraftAsync(clientId);

        var endBeforeStart = await PutProblemAsync(api, draft, b => (b["startsOn"], b["endsOn"]) = ("2026-12-01", "2026-11-30"));
        Assert.True(endBeforeStart.GetProperty("errors").TryGetProperty("endsOn", out _));

        var wrongBasis = await PutProblemAsync(api, draft, b => b["legalBases"] = NotAWorkshopBasis);
        Assert.Contains("does not ground this type", wrongBasis.GetProperty("errors").GetProperty("legalBases[0]")[0].GetString(), StringComparison.Ordinal);

        var unknownType = await PutProblemAsync(api, draft, b => b["typeCode"] = "no-such-type");
        Assert.True(unknownType.GetProperty("errors").TryGetProperty("typeCode", out _));

        var otherPlan = await PutProblemAsync(api, draft, b => b["planId"] = Guid.NewGuid());
        Assert.True(otherPlan.GetProperty("errors").TryGetProperty("planId", out _));

        var language = await PutProblemAsync(api, draft, b => b["language"] = "en");
        Assert.True(language.GetProperty("errors").TryGetProperty("language", out _));

        using (var unknownOutcome = await api.PutAsync($"/api/v1/decisions/{draft.Id()}", DecisionSteps.JsonBody(DecisionSteps.Complete(draft, b => b["outcome"] = "Maybe"))))
        {
            await unknownOutcome.AssertProblemAsync(HttpStatusCode.BadRequest);
        }

        var unchanged = await api.GetDecisionAsync(draft.Id());
        Assert.Equal(draft.Version(), unchanged.Version());
        Assert.Equal("", unchanged.GetProperty("content").Text("reasons"));

        using var unknownStart = await api.PostAsJsonAsync($"/api/v1/clients/{clientId}/decisions", new { typeCode = "no-such-type" });
        var problem = await unknownStart.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("typeCode", out _));
        using var noType = await api.PostAsJsonAsync($"/api/v1/clients/{clientId}/decisions", new { });
        await noType.AssertProblemAsync(HttpStatusCode.BadRequest);
        using var noClient = await api.PostAsJsonAsync($"/api/v1/clients/{Guid.NewGuid()}/decisions", new { typeCode = DecisionSteps.Workshop });
        Assert.Equal(HttpStatusCode.NotFound, noClient.StatusCode);
        using var noDecision = await api.GetAsync($"/api/v1/decisions/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, noDecision.StatusCode);
    }

    [Fact]
    public async Task Submitting_or_signing_a_half_written_decision_lists_what_it_still_needs()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var draft = await api.DraftAsync(clientId);
        foreach (var step in new[] { "sign", "submit" })
        {
            using var response = await api.TryStepAsync(draft, step);
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
            var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
            // The draft starts with the term, the type's provisions and who gives more information already filled in.
            Assert.Equal(WhatSigningNeeds, fields);
        }

        Assert.Equal("Draft", (await api.GetDecisionAsync(draft.Id())).Status());
    }

    [Fact]
    public async Task A_signed_decision_never_changes_and_a_stale_save_is_refused()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var draft = await api.DraftAsync(clientId);
        var saved = await api.SaveAsync(draft);
        Assert.Equal(draft.Version() + 1, saved.Version());

        // Someone saved after this user read the draft: their save of the old version is refused, not merged.
        using (var stale = await api.PutAsync($"/api/v1/decisions/{draft.Id()}", DecisionSteps.JsonBody(DecisionSteps.Complete(draft, b => b["reasons"] = "Vanha."))))
        {
            var problem = await stale.AssertProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("Someone else changed the decision", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        using (var staleSign = await api.TryStepAsync(draft, "sign"))
        {
            await staleSign.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        Assert.NotEqual("Vanha.", (await api.GetDecisionAsync(draft.Id())).GetProperty("content").Text("reasons"));

        var signed = await api.StepAsync(saved, "sign");
        using var edit = await api.PutAsync($"/api/v1/decisions/{draft.Id()}", DecisionSteps.JsonBody(DecisionSteps.Complete(signed, b => b["reasons"] = "Muutettu.")));
        var editProblem = await edit.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("A signed decision never changes", editProblem.GetProperty("title").GetString(), StringComparison.Ordinal);
        using var signAgain = await api.TryStepAsync(signed, "sign");
        await signAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        using var submitSigned = await api.TryStepAsync(signed, "submit");
        await submitSigned.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Malformed_json_and_unknown_values_in_the_address_are_400_problems()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var draft = await api.DraftAsync(clientId);
        foreach (var (method, url) in new[]
                 {
                     ("POST", $"/api/v1/clients/{clientId}/decisions"), ("PUT", $"/api/v1/decisions/{draft.Id()}"),
                     ("POST", $"/api/v1/decisions/{draft.Id()}/sign"), ("POST", $"/api/v1/decisions/{draft.Id()}/deliver"),
                 })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{\"version\": 1,", Encoding.UTF8, "application/json") };
            using var response = await api.SendAsync(request);
            await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        }

        using var status = await api.GetAsync("/api/v1/decisions?status=Finished");
        await status.AssertProblemAsync(HttpStatusCode.BadRequest);
        using var days = await api.GetAsync("/api/v1/decisions/ending?withinDays=soon");
        await days.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_annulment_needs_its_reason()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var signed = await SignedAsync(api);
        foreach (var note in new[] { null, "   " })
        {
            using var response = await api.TryStepAsync(signed, "annul", note);
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("reason", problem.GetProperty("errors").GetProperty("note")[0].GetString(), StringComparison.Ordinal);
        }

        using var draftAnnul = await api.TryStepAsync(await api.DraftAsync(signed.GetProperty("clientId").GetGuid()), "annul", "Virhe.");
        await draftAnnul.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Signed", (await api.GetDecisionAsync(signed.Id())).Status());
    }

    // ---- Delivery and the appeal dates.

    [Fact]
    public async Task Delivered_in_person_the_decision_is_received_today_and_the_last_day_follows()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var signed = await SignedAsync(api);
        var today = factory.Today;

        var delivered = await api.DeliverAsync(signed, "inPerson");
        Assert.Equal("Delivered", delivered.Status());
        var appeal = delivered.GetProperty("appeal");
        Assert.Equal("InPerson", appeal.Text("method"));
        Assert.Equal(today.Iso(), appeal.Text("sentOn"));
        Assert.Equal(today.Iso(), appeal.Text("deemedReceivedOn"));
        Assert.Equal(AppealPeriod.RectificationDeadline(today).Iso(), appeal.Text("rectificationDeadline"));
        Assert.Equal("2026-12-23", appeal.Text("rectificationDeadline"));
        var dispatch = Assert.Single(delivered.GetProperty("dispatches").EnumerateArray());
        Assert.Equal("Sent", dispatch.Text("status"));
        Assert.Equal("Deliver", delivered.GetProperty("history").EnumerateArray().Last().Text("step"));

        await api.DeliverAsync(delivered, "inPerson", HttpStatusCode.Conflict);
        await api.DeliverAsync(delivered, "letter", HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_letter_waits_in_the_print_batch_and_is_not_delivered_twice()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var signed = await SignedAsync(api);
        var before = await api.GetFromJsonAsync<JsonElement>("/api/v1/decisions/waiting");
        Assert.Contains(before.EnumerateArray(), w => w.GetProperty("decision").Id() == signed.Id() && w.Text("reason") == "ToDeliver");

        var ordered = await api.DeliverAsync(signed, "letter");
        Assert.Equal("Signed", ordered.Status());
        Assert.Equal(JsonValueKind.Null, ordered.GetProperty("appeal").ValueKind);
        var dispatch = Assert.Single(ordered.GetProperty("dispatches").EnumerateArray());
        Assert.Equal("Letter", dispatch.Text("method"));
        Assert.Equal("AwaitingPrint", dispatch.Text("status"));
        var deliver = ordered.StepView("Deliver");
        Assert.False(deliver.GetProperty("allowed").GetBoolean());
        Assert.Contains("already under way", deliver.Text("refusal"), StringComparison.Ordinal);

        var again = await api.DeliverAsync(ordered, "letter", HttpStatusCode.Conflict);
        Assert.Contains("not delivered twice", again.GetProperty("title").GetString(), StringComparison.Ordinal);
        await api.DeliverAsync(ordered, "inPerson", HttpStatusCode.Conflict);

        // Ordered, it no longer waits for the preparer to deliver it.
        var after = await api.GetFromJsonAsync<JsonElement>("/api/v1/decisions/waiting");
        Assert.DoesNotContain(after.EnumerateArray(), w => w.GetProperty("decision").Id() == signed.Id());

        // Annulled before the batch is posted, the letter is taken out of it: an annulled decision is never posted.
        var annulled = await api.StepAsync(ordered, "annul", note: "Väärä palvelu.");
        Assert.Equal("Annulled", annulled.Status());
        var withdrawn = Assert.Single(annulled.GetProperty("dispatches").EnumerateArray());
        Assert.Equal("Failed", withdrawn.Text("status"));
        Assert.Equal("DecisionAnnulled", withdrawn.GetProperty("events").EnumerateArray().Last().Text("detail"));
    }

    [Fact]
    public async Task Delivery_is_refused_without_a_known_method_or_a_channel_for_it()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var signed = await SignedAsync(api);

        var unknown = await api.PostJsonAsync($"/api/v1/decisions/{signed.Id()}/deliver", new { method = "carrierPigeon", version = signed.Version() }, HttpStatusCode.BadRequest);
        Assert.Equal(400, unknown.GetProperty("status").GetInt32());
        var missing = await api.PostJsonAsync($"/api/v1/decisions/{signed.Id()}/deliver", new { version = signed.Version() }, HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("method", out _));
        // No electronic channel (Suomi.fi Messages) is configured in the demo.
        var electronic = await api.DeliverAsync(signed, "electronic", HttpStatusCode.Conflict);
        Assert.StartsWith("The organisation has no delivery channel for", electronic.GetProperty("title").GetString(), StringComparison.Ordinal);
        var draft = await api.DraftAsync(signed.GetProperty("clientId").GetGuid());
        await api.DeliverAsync(draft, "inPerson", HttpStatusCode.Conflict);

        var unchanged = await api.GetDecisionAsync(signed.Id());
        Assert.Equal("Signed", unchanged.Status());
        Assert.Empty(unchanged.GetProperty("dispatches").EnumerateArray());
    }

    // ---- Requests for rectification.

    [Fact]
    public async Task A_request_in_time_is_recorded_and_handled_once()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var delivered = await api.DeliverAsync(await SignedAsync(api), "inPerson");
        var url = $"/api/v1/decisions/{delivered.Id()}/rectification-requests";

        var future = await api.PostJsonAsync(url, new { receivedOn = factory.Today.AddDays(1).Iso(), request = "Huomenna." }, HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("receivedOn", out _));
        var beforeDecision = await api.PostJsonAsync(url, new { receivedOn = factory.Today.AddDays(-1).Iso(), request = "Eilen." }, HttpStatusCode.BadRequest);
        Assert.True(beforeDecision.GetProperty("errors").TryGetProperty("receivedOn", out _));
        var empty = await api.PostJsonAsync(url, new { receivedOn = factory.Today.Iso() }, HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("request", out _));

        var request = await api.PostJsonAsync(url, new { receivedOn = factory.Today.Iso(), request = "Haen oikaisua: tarvitsen pidemmän jakson." }, HttpStatusCode.Created);
        Assert.False(request.GetProperty("isLate").GetBoolean());
        Assert.Equal("Pending", request.Text("outcome"));
        Assert.Equal("Sanna Virtanen", request.Text("recordedBy"));
        var requestId = request.Id();
        var page = await api.GetDecisionAsync(delivered.Id());
        Assert.Equal(requestId, Assert.Single(page.GetProperty("rectificationRequests").EnumerateArray()).Id());

        var handleUrl = $"{url}/{requestId}";
        var noText = await api.PutJsonAsync(handleUrl, new { outcome = "Rejected", version = request.Version() }, HttpStatusCode.BadRequest);
        Assert.True(noText.GetProperty("errors").TryGetProperty("handling", out _));
        var pending = await api.PutJsonAsync(handleUrl, new { outcome = "Pending", handling = "Ei vielä.", version = request.Version() }, HttpStatusCode.BadRequest);
        Assert.True(pending.GetProperty("errors").TryGetProperty("outcome", out _));

        var handled = await api.PutJsonAsync(handleUrl, new { outcome = "Rejected", handling = "Jakso on tavanomainen; vaatimus hylätään.", version = request.Version() }, HttpStatusCode.OK);
        Assert.Equal("Rejected", handled.Text("outcome"));
        Assert.Equal(factory.Today.Iso(), handled.Text("handledOn"));
        var twice = await api.PutJsonAsync(handleUrl, new { outcome = "Rectified", handling = "Sittenkin.", version = handled.Version() }, HttpStatusCode.Conflict);
        Assert.Contains("already been handled", twice.GetProperty("title").GetString(), StringComparison.Ordinal);
        await api.PutJsonAsync($"{url}/{Guid.NewGuid()}", new { outcome = "Rejected", handling = "Ei ole.", version = 0 }, HttpStatusCode.NotFound);

        // A request found right is rectified by annulling the decision (and making a new one); its handling is recorded
        // after the annulment. An annulled decision takes no new requests.
        var second = await api.PostJsonAsync(url, new { receivedOn = factory.Today.Iso(), request = "Jakson alku on väärin." }, HttpStatusCode.Created);
        await api.StepAsync(await api.GetDecisionAsync(delivered.Id()), "annul", note: "Oikaistaan: jakson alku oli väärin.");
        var rectified = await api.PutJsonAsync($"{url}/{second.Id()}", new { outcome = "Rectified", handling = "Päätös kumottu ja tehty uusi.", version = second.Version() }, HttpStatusCode.OK);
        Assert.Equal("Rectified", rectified.Text("outcome"));
        await api.PostJsonAsync(url, new { receivedOn = factory.Today.Iso(), request = "Kolmas." }, HttpStatusCode.Conflict);

        // Only a decision that has been made can be the subject of a request.
        var draft = await api.DraftAsync(delivered.GetProperty("clientId").GetGuid());
        await api.PostJsonAsync($"/api/v1/decisions/{draft.Id()}/rectification-requests", new { receivedOn = factory.Today.Iso(), request = "Luonnos." }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task In_vantaa_a_request_is_handled_by_whom_the_chain_lets_decide_not_by_the_counsellor()
    {
        var clientId = await factory.Client(Vantaa).InTeamOf("vantaa.sc").WithResponsibleWorker("vantaa.sc").BuildAsync();
        using var counsellor = await factory.ApiAsync("vantaa.sc");
        using var group = await factory.ApiAsync("vantaa.group");
        using var lead = await factory.ApiAsync("vantaa.lead");
        var onAgenda = await counsellor.StepAsync(await counsellor.ReadyAsync(clientId), "submit");
        var proposed = await group.StepAsync(onAgenda, "steering-group-review", note: "Puoltaa.");
        var signed = await lead.StepAsync(proposed, "sign");
        var delivered = await counsellor.DeliverAsync(signed, "inPerson");
        var url = $"/api/v1/decisions/{delivered.Id()}/rectification-requests";
        var request = await counsellor.PostJsonAsync(url, new { receivedOn = factory.Today.Iso(), request = "Vaadin oikaisua." }, HttpStatusCode.Created);

        // The counsellor may record the request, but its handling is the authority's decision: the leading social worker's here.
        using (var refused = await counsellor.PutAsJsonAsync($"{url}/{request.Id()}", new { outcome = "Rejected", handling = "Hylätään.", version = request.Version() }))
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal(LeadingSocialWorker, problem.GetProperty("whoCan").Strings());
        }

        var handled = await lead.PutJsonAsync($"{url}/{request.Id()}", new { outcome = "Rejected", handling = "Hylätään: jakso on tavanomainen.", version = request.Version() }, HttpStatusCode.OK);
        Assert.Equal("Rejected", handled.Text("outcome"));
    }

    // ---- Annulment, correction and continuation; decisions ending.

    [Fact]
    public async Task A_signed_decision_is_annulled_with_its_reason_and_corrected_by_a_new_draft_carrying_its_content()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var signed = await SignedAsync(api, b => b["service"] = "Työpaja Vanha nimi");
        var clientId = signed.GetProperty("clientId").GetGuid();
        var start = $"/api/v1/clients/{clientId}/decisions";
        // Only an annulled decision is corrected.
        await api.PostJsonAsync(start, new { correctsId = signed.Id() }, HttpStatusCode.BadRequest);

        var annulled = await api.StepAsync(signed, "annul", note: "Palvelun nimi oli väärin.");
        Assert.Equal("Annulled", annulled.Status());
        Assert.Equal("Palvelun nimi oli väärin.", annulled.Text("annulmentReason"));
        Assert.Equal("Annul", annulled.GetProperty("history").EnumerateArray().Last().Text("step"));
        Assert.Empty(annulled.GetProperty("steps").EnumerateArray());

        var correction = await api.PostJsonAsync(start, new { correctsId = signed.Id() }, HttpStatusCode.Created);
        Assert.Equal("Draft", correction.Status());
        Assert.Equal(signed.Id(), correction.GetProperty("previousDecisionId").GetGuid());
        var old = signed.GetProperty("content");
        var carried = correction.GetProperty("content");
        foreach (var field in new[] { "typeCode", "service", "outcome", "startsOn", "endsOn", "reasons", "decided", "language" })
        {
            Assert.Equal(old.Text(field), carried.Text(field));
        }

        var fixedUp = await api.SaveAsync(correction, b => b["service"] = "Työpaja Upseeri");
        Assert.Equal("Signed", (await api.StepAsync(fixedUp, "sign")).Status());
        Assert.Equal("Annulled", (await api.GetDecisionAsync(signed.Id())).Status());

        // A decision of another client is neither corrected nor continued here.
        var otherClient = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        await api.PostJsonAsync($"/api/v1/clients/{otherClient}/decisions", new { correctsId = signed.Id() }, HttpStatusCode.BadRequest);
        await api.PostJsonAsync(start, new { correctsId = signed.Id(), continuesId = signed.Id() }, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_decision_ending_soon_is_listed_until_a_continuation_from_the_day_after_it_ends_is_started()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var today = factory.Today;
        var ending = await SignedAsync(api, b => (b["startsOn"], b["endsOn"]) = (today.AddMonths(-6).Iso(), today.AddDays(10).Iso()));
        var later = await SignedAsync(api, b => (b["startsOn"], b["endsOn"]) = (today.AddMonths(-5).Iso(), today.AddDays(40).Iso()));
        var draftEnding = await api.ReadyAsync(ending.GetProperty("clientId").GetGuid(), b => b["endsOn"] = today.AddDays(5).Iso());

        var within30 = (await api.GetFromJsonAsync<JsonElement>("/api/v1/decisions/ending?withinDays=30")).EnumerateArray().Select(r => r.Id()).ToList();
        Assert.Contains(ending.Id(), within30);
        Assert.DoesNotContain(later.Id(), within30);
        Assert.DoesNotContain(draftEnding.Id(), within30);
        Assert.DoesNotContain(ending.Id(), (await api.GetFromJsonAsync<JsonElement>("/api/v1/decisions/ending?withinDays=5")).EnumerateArray().Select(r => r.Id()));
        Assert.Contains(later.Id(), (await api.GetFromJsonAsync<JsonElement>("/api/v1/decisions/ending?withinDays=45")).EnumerateArray().Select(r => r.Id()));

        // A draft is not continued; the signed decision is, from the day after it ends, for the type's usual six months.
        await api.PostJsonAsync($"/api/v1/clients/{ending.GetProperty("clientId").GetGuid()}/decisions", new { continuesId = draftEnding.Id() }, HttpStatusCode.BadRequest);
        var continuation = await api.PostJsonAsync($"/api/v1/clients/{ending.GetProperty("clientId").GetGuid()}/decisions", new { continuesId = ending.Id() }, HttpStatusCode.Created);
        var content = continuation.GetProperty("content");
        Assert.Equal("Draft", continuation.Status());
        Assert.Equal("Continued", content.Text("outcome"));
        var startsOn = today.AddDays(11);
        Assert.Equal(startsOn.Iso(), content.Text("startsOn"));
        Assert.Equal(startsOn.AddMonths(6).AddDays(-1).Iso(), content.Text("endsOn"));
        Assert.Equal(ending.GetProperty("content").Text("reasons"), content.Text("reasons"));
        Assert.Equal(ending.Id(), continuation.GetProperty("previousDecisionId").GetGuid());

        // Once a continuation is under way (even as a draft), the ending decision no longer waits for one.
        Assert.DoesNotContain(ending.Id(), (await api.GetFromJsonAsync<JsonElement>("/api/v1/decisions/ending?withinDays=30")).EnumerateArray().Select(r => r.Id()));
        var continued = await api.StepAsync(continuation, "sign");
        Assert.Equal("Signed", continued.Status());
        Assert.DoesNotContain(ending.Id(), (await api.GetFromJsonAsync<JsonElement>("/api/v1/decisions/ending?withinDays=30")).EnumerateArray().Select(r => r.Id()));
    }

    // ---- The register and the queues.

    [Fact]
    public async Task The_register_filters_and_pages_and_shows_only_decisions_of_clients_the_user_may_read()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var workshopDraft = await api.DraftAsync(clientId);
        var workshopSigned = await api.StepAsync(await api.ReadyAsync(clientId), "sign");
        var homeRehabilitation = await api.DraftAsync(clientId, "home-rehabilitation");

        // A page as "total: id, id" for comparing whole answers.
        static async Task<string> RegisterAsync(HttpClient client, string query)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/decisions?{query}");
            return Page(page.GetProperty("total").GetInt32(), [.. page.GetProperty("items").EnumerateArray().Select(r => r.Id())]);
        }

        static string Page(int total, params Guid[] ids) => $"{total}: {string.Join(", ", ids)}";

        // Newest first; decisions started on the same day by their (time-ordered) id.
        Assert.Equal(Page(3, homeRehabilitation.Id(), workshopSigned.Id(), workshopDraft.Id()), await RegisterAsync(api, $"clientId={clientId}"));
        Assert.Equal(Page(2, workshopSigned.Id(), workshopDraft.Id()), await RegisterAsync(api, $"clientId={clientId}&typeCode={DecisionSteps.Workshop}"));
        Assert.Equal(Page(1, workshopSigned.Id()), await RegisterAsync(api, $"clientId={clientId}&status=Signed"));
        Assert.Equal(Page(1, workshopDraft.Id()), await RegisterAsync(api, $"clientId={clientId}&status=Draft&typeCode={DecisionSteps.Workshop}"));
        Assert.Equal(Page(3, homeRehabilitation.Id(), workshopSigned.Id()), await RegisterAsync(api, $"clientId={clientId}&page=1&pageSize=2"));
        Assert.Equal(Page(3, workshopDraft.Id()), await RegisterAsync(api, $"clientId={clientId}&page=2&pageSize=2"));
        var bounded = await api.GetFromJsonAsync<JsonElement>($"/api/v1/decisions?clientId={clientId}&pageSize=1000");
        Assert.Equal(100, bounded.GetProperty("pageSize").GetInt32());
        var row = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/decisions?clientId={clientId}&status=Signed")).GetProperty("items")[0];
        Assert.Equal("Workshop activity", row.Text("typeName"));
        Assert.Equal(factory.Today.Iso(), row.Text("decidedOn"));

        // Another organisation's worker, filtering by this very client, finds nothing.
        using var vantaa = await factory.ApiAsync("vantaa.sw");
        Assert.Equal(Page(0), await RegisterAsync(vantaa, $"clientId={clientId}"));
        Assert.DoesNotContain(workshopSigned.Id().ToString(), await vantaa.GetStringAsync("/api/v1/decisions?pageSize=100"), StringComparison.Ordinal);

        // Vantaa works by team: another team's decisions are not listed, nor counted, for vantaa.sw; their own team sees them.
        var otherTeamsClient = await factory.Client(Vantaa).InTeamOf("vantaa.sw2").WithResponsibleWorker("vantaa.sw2").BuildAsync();
        using var otherTeam = await factory.ApiAsync("vantaa.sw2");
        var hidden = await otherTeam.DraftAsync(otherTeamsClient);
        Assert.Equal(Page(1, hidden.Id()), await RegisterAsync(otherTeam, $"clientId={otherTeamsClient}"));
        Assert.Equal(Page(0), await RegisterAsync(vantaa, $"clientId={otherTeamsClient}"));
        Assert.DoesNotContain(hidden.Id().ToString(), await vantaa.GetStringAsync("/api/v1/decisions?pageSize=100&status=Draft"), StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.Id().ToString(), await vantaa.GetStringAsync("/api/v1/decisions/waiting"), StringComparison.Ordinal);
        using var direct = await vantaa.GetAsync($"/api/v1/decisions/{hidden.Id()}");
        Assert.True((await direct.AssertProblemAsync(HttpStatusCode.Forbidden)).GetProperty("mayStateReason").GetBoolean());
    }

    [Fact]
    public async Task A_service_started_before_its_decision_is_flagged_and_listed()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var early = await api.ReadyAsync(clientId, b => b["serviceStartedOn"] = factory.Today.AddDays(-7).Iso());
        var onTime = await api.ReadyAsync(clientId, b => b["serviceStartedOn"] = factory.Today.Iso());
        var unknown = await api.ReadyAsync(clientId);
        Assert.True(early.GetProperty("givenBeforeDecision").GetBoolean());
        Assert.False(onTime.GetProperty("givenBeforeDecision").GetBoolean());
        Assert.False(unknown.GetProperty("givenBeforeDecision").GetBoolean());

        var signed = await api.StepAsync(early, "sign");
        Assert.True(signed.GetProperty("givenBeforeDecision").GetBoolean());
        var listed = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/decisions?clientId={clientId}&givenBeforeDecision=true")).GetProperty("items").EnumerateArray().ToList();
        var row = Assert.Single(listed);
        Assert.Equal(early.Id(), row.Id());
        Assert.True(row.GetProperty("givenBeforeDecision").GetBoolean());
        Assert.Equal(3, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/decisions?clientId={clientId}&givenBeforeDecision=false")).GetProperty("total").GetInt32());

        // An annulled decision is no longer counted as a service given without one.
        await api.StepAsync(signed, "annul", note: "Tehty väärälle asiakkaalle.");
        Assert.Equal(0, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/decisions?clientId={clientId}&givenBeforeDecision=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_decision_types_are_the_fourteen_services_with_their_provisions_cited()
    {
        using var api = await factory.ApiAsync("demo.sc");
        var types = (await api.GetFromJsonAsync<JsonElement>("/api/v1/decision-types")).EnumerateArray().ToList();
        Assert.Equal(14, types.Count);
        Assert.Equal(DecisionTypes.Seeded.Select(t => t.Code).Order(StringComparer.Ordinal), types.Select(t => t.Text("code")!).Order(StringComparer.Ordinal));
        Assert.All(types, t => Assert.NotEmpty(t.GetProperty("legalBases").EnumerateArray()));
        Assert.All(types.SelectMany(t => t.GetProperty("legalBases").EnumerateArray()), b => Assert.Matches(@"^.+ \(\d+/\d{4}\) \d+ [a-z]? ?§$", b.Text("citation")!));
        var workshop = types.Single(t => t.Text("code") == DecisionSteps.Workshop);
        Assert.Equal("Workshop activity", workshop.Text("name"));
        Assert.Equal(6, workshop.GetProperty("defaultTermMonths").GetInt32());
        Assert.Equal("Social Welfare Act (1301/2014) 17 §", Assert.Single(workshop.GetProperty("legalBases").EnumerateArray()).Text("citation"));
        var assistance = types.Single(t => t.Text("code") == "personal-assistance").GetProperty("legalBases").EnumerateArray().ToList();
        Assert.Equal("2024-12-31", assistance.Single(b => b.Text("code") == "380/1987:8c").Text("inForceUntil"));
        Assert.Equal("2025-01-01", assistance.Single(b => b.Text("code") == "675/2023:9").Text("inForceFrom"));

        using var finnish = await factory.ApiAsync("demo.sc", "fi");
        var fi = (await finnish.GetFromJsonAsync<JsonElement>("/api/v1/decision-types")).EnumerateArray().Single(t => t.Text("code") == DecisionSteps.Workshop);
        Assert.Equal("Työpajatoiminta", fi.Text("name"));
        Assert.Equal("Sosiaalihuoltolaki (1301/2014) 17 §", fi.GetProperty("legalBases")[0].Text("citation"));
    }

    // ---- Audit.

    [Fact]
    public async Task Reading_and_writing_a_decision_is_audited_for_its_client_and_a_refusal_as_denied()
    {
        using var api = await factory.ApiAsync("vantaa.sw");
        var clientId = await factory.Client(Vantaa).InTeamOf("vantaa.sw").WithResponsibleWorker("vantaa.sw").BuildAsync();
        var draft = await api.DraftAsync(clientId);
        await api.GetDecisionAsync(draft.Id());
        using var hiddenApi = await factory.ApiAsync("vantaa.sw2");
        using var refused = await hiddenApi.GetAsync($"/api/v1/decisions/{draft.Id()}");
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var worker = await factory.UserIdAsync("vantaa.sw");
        var other = await factory.UserIdAsync("vantaa.sw2");
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.Subjects.Any(s => s.PersonId == clientId))
            .Select(e => new { e.UserId, e.Action, e.Outcome }).ToListAsync();
        Assert.Contains(events, e => e.UserId == worker && e.Action == Actions.DecisionWrite && e.Outcome == AuditOutcome.Success);
        Assert.Contains(events, e => e.UserId == worker && e.Action == Actions.DecisionRead && e.Outcome == AuditOutcome.Success);
        Assert.Contains(events, e => e.UserId == other && e.Action == Actions.DecisionRead && e.Outcome == AuditOutcome.Denied);
        Assert.DoesNotContain(events, e => e.UserId == other && e.Outcome == AuditOutcome.Success);

        // The register audits the clients it shows.
        var before = events.Count(e => e.UserId == worker && e.Action == Actions.DecisionRead);
        await api.GetStringAsync($"/api/v1/decisions?clientId={clientId}");
        Assert.Equal(before + 1, await db.AuditEvents.CountAsync(e => e.UserId == worker && e.Action == Actions.DecisionRead && e.Subjects.Any(s => s.PersonId == clientId)));
    }

    private async Task<JsonElement> SignedAsync(HttpClient api, Action<Dictionary<string, object?>>? change = null)
    {
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var signed = await api.StepAsync(await api.ReadyAsync(clientId, change), "sign");
        Assert.Equal("Signed", signed.Status());
        return signed;
    }

    private static async Task<JsonElement> PutProblemAsync(HttpClient api, JsonElement draft, Action<Dictionary<string, object?>> change)
    {
        using var response = await api.PutAsync($"/api/v1/decisions/{draft.Id()}", DecisionSteps.JsonBody(DecisionSteps.Complete(draft, change)));
        return await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class DecisionsApiTests_Sqlite(SqliteFactory factory) : DecisionsApiTests<SqliteFactory>(factory);

public sealed class DecisionsApiTests_Postgres(PostgresFactory factory) : DecisionsApiTests<PostgresFactory>(factory);
