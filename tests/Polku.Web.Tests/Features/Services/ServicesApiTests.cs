using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Domain.Audit;
using Polku.Domain.Services;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Services;

/// <summary>
/// The service catalogue, providers, waiting lists and low-threshold guidance over the API on both databases. Each
/// queue test makes its own service, so the demo's queues do not move its figures.
/// </summary>
public abstract class ServicesApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private const string Vaasa = DemoData.VaasaCode;
    private static readonly string[] Finnish = ["fi"];
    private static readonly string[] German = ["de"];
    private static int serviceNumber;

    [Fact]
    public async Task A_19_year_old_Swedish_speaker_sees_the_Swedish_workshop_and_not_the_Finnish_one()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var swedish = Codes(await worker.GetFromJsonAsync<JsonElement>("/api/v1/services?language=sv&age=19"));
        Assert.Contains("foregangarna", swedish);
        Assert.Contains("klaara", swedish); // bilingual, 13–24
        Assert.DoesNotContain("upseeri", swedish); // Finnish only
        Assert.DoesNotContain("horisontti", swedish); // Finnish, 25 and over

        var older = Codes(await worker.GetFromJsonAsync<JsonElement>("/api/v1/services?language=fi&age=31"));
        Assert.DoesNotContain("upseeri", older); // 18–29
        Assert.Contains("aura", older);
        Assert.Contains("horisontti", older);

        var workshops = Codes(await worker.GetFromJsonAsync<JsonElement>("/api/v1/services?type=Workshop"));
        Assert.Contains("foregangarna", workshops);
        Assert.Contains("upseeri", workshops);
        Assert.DoesNotContain("aura", workshops);
        Assert.Equal(["horisontti", "klaara"], Codes(await worker.GetFromJsonAsync<JsonElement>("/api/v1/services?lowThreshold=true")).Order());

        var all = await worker.GetFromJsonAsync<JsonElement>("/api/v1/services");
        var upseeri = all.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "upseeri");
        Assert.Equal(12, upseeri.GetProperty("capacity").GetInt32());
        Assert.Equal("Purchased", upseeri.GetProperty("producer").GetString());
        Assert.NotNull(upseeri.GetProperty("providerName").GetString());
        Assert.True(upseeri.GetProperty("waiting").GetInt32() >= 8); // the demo's queue of months
    }

    [Fact]
    public async Task A_full_service_is_left_out_when_asking_for_room_and_a_start_into_it_is_refused()
    {
        var (serviceId, code) = await NewServiceAsync(capacity: 1);
        var inService = await ClientAgedAsync(20);
        await ReferralAsync(inService, serviceId, accept: true);
        using var worker = await factory.ApiAsync("demo.sw");
        Assert.DoesNotContain(code, Codes(await worker.GetFromJsonAsync<JsonElement>("/api/v1/services?hasRoom=true")));
        var row = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/services")).EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);
        Assert.Equal(1, row.GetProperty("inService").GetInt32());
        Assert.Equal(0, row.GetProperty("freePlaces").GetInt32());

        var waiting = await ClientAgedAsync(22);
        var entry = await worker.PostJsonAsync($"/api/v1/services/{serviceId}/queue", new { clientId = waiting }, HttpStatusCode.Created);
        using var refused = await worker.PostAsJsonAsync($"/api/v1/queue-entries/{entry.GetProperty("id").GetGuid()}/start", new { });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1/1 places taken", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_puts_the_urgent_first_and_reports_the_waits()
    {
        var (serviceId, _) = await NewServiceAsync();
        using var worker = await factory.ApiAsync("demo.sw");
        var first = await JoinAsync(worker, serviceId, await ClientAgedAsync(20), daysAgo: 40);
        var second = await JoinAsync(worker, serviceId, await ClientAgedAsync(21), daysAgo: 20);
        var urgent = await JoinAsync(worker, serviceId, await ClientAgedAsync(22), daysAgo: 10, urgent: true);
        var started = await JoinAsync(worker, serviceId, await ClientAgedAsync(23), daysAgo: 60);
        using (var start = await worker.PostAsJsonAsync($"/api/v1/queue-entries/{started}/start", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        }

        var queue = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/services/{serviceId}/queue");
        var entries = queue.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal([urgent, first, second], entries.Select(e => e.GetProperty("id").GetGuid()));
        Assert.Equal([1, 2, 3], entries.Select(e => e.GetProperty("place").GetInt32()));
        Assert.Equal([10, 40, 20], entries.Select(e => e.GetProperty("daysWaited").GetInt32()));
        Assert.True(entries[0].GetProperty("urgent").GetBoolean());
        Assert.All(entries, e => Assert.StartsWith("Rakennettu", e.GetProperty("clientName").GetString(), StringComparison.Ordinal));
        var statistics = queue.GetProperty("statistics");
        Assert.Equal(3, statistics.GetProperty("waitingCount").GetInt32());
        Assert.Equal(20, statistics.GetProperty("waitingMedianDays").GetDouble());
        Assert.Equal(40, statistics.GetProperty("waitingLongestDays").GetInt32());
        Assert.Equal(1, statistics.GetProperty("startedCount").GetInt32());
        Assert.Equal(60, statistics.GetProperty("startedLongestDays").GetInt32());

        // Marking urgent moves a client ahead; a worker of another team sees the places but not who waits.
        using (var mark = await worker.PutAsJsonAsync($"/api/v1/queue-entries/{second}/urgent", new { urgent = true }))
        {
            Assert.Equal(HttpStatusCode.OK, mark.StatusCode);
        }

        var after = (await worker.GetFromJsonAsync<JsonElement>($"/api/v1/services/{serviceId}/queue")).GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetGuid());
        Assert.Equal([second, urgent, first], after);
        using var registrar = await factory.ApiAsync("demo.registrar");
        var hidden = await registrar.GetFromJsonAsync<JsonElement>($"/api/v1/services/{serviceId}/queue");
        Assert.All(hidden.GetProperty("entries").EnumerateArray(), e =>
        {
            Assert.Equal("—", e.GetProperty("clientName").GetString());
            Assert.Equal(JsonValueKind.Null, e.GetProperty("clientId").ValueKind);
        });
    }

    [Fact]
    public async Task Joining_outside_the_age_range_says_the_range_and_the_age_and_joining_twice_is_a_conflict()
    {
        var (serviceId, _) = await NewServiceAsync(name: "Työpaja Testi");
        var older = await ClientAgedAsync(31);
        using var finnish = await factory.ApiAsync("demo.sw", "fi");
        using var refused = await finnish.PostAsJsonAsync($"/api/v1/services/{serviceId}/queue", new { clientId = older });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Työpaja Testi on 18–29-vuotiaille; asiakas on 31-vuotias.", problem.GetProperty("errors").GetProperty("clientId")[0].GetString());

        var young = await ClientAgedAsync(19);
        await finnish.PostJsonAsync($"/api/v1/services/{serviceId}/queue", new { clientId = young }, HttpStatusCode.Created);
        using var twice = await finnish.PostAsJsonAsync($"/api/v1/services/{serviceId}/queue", new { clientId = young });
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);

        // A decision must be the client's own.
        using var english = await factory.ApiAsync("demo.sw");
        using var foreign = await english.PostAsJsonAsync($"/api/v1/services/{serviceId}/queue", new { clientId = await ClientAgedAsync(20), decisionId = Guid.NewGuid() });
        Assert.True((await foreign.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("decisionId", out _));
    }

    [Fact]
    public async Task Starting_from_the_queue_starts_the_open_referral_records_the_path_and_is_audited()
    {
        var (serviceId, code) = await NewServiceAsync();
        var clientId = await ClientAgedAsync(24);
        var referralId = await ReferralAsync(clientId, serviceId, accept: false);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            var organisationId = await db.Organisations.Where(o => o.Code == Vaasa).Select(o => o.Id).SingleAsync();
            db.PathTemplates.Add(new PathTemplate
            {
                OrganisationId = organisationId, Code = "test-" + code, Name = new("Testipolku", "Testväg", "Test path"), SortOrder = 99,
                Steps = [new PathStep("first", new("Eka", "Första", "First"), [], [code]), new PathStep("next", new("Toka", "Andra", "Next"), [ServiceType.WageSubsidy], [])],
            });
            await db.SaveChangesAsync();
        }

        using var worker = await factory.ApiAsync("demo.sw");
        var entry = await JoinAsync(worker, serviceId, clientId, daysAgo: 0);
        var offered = await worker.PostJsonAsync($"/api/v1/queue-entries/{entry}/offer", new { }, HttpStatusCode.OK);
        Assert.Equal("Offered", offered.GetProperty("status").GetString());
        using (var stale = await worker.PostAsJsonAsync($"/api/v1/queue-entries/{entry}/start", new { version = offered.GetProperty("version").GetInt32() - 1 }))
        {
            await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        var started = await worker.PostJsonAsync($"/api/v1/queue-entries/{entry}/start", new { version = offered.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.Equal("Started", started.GetProperty("status").GetString());
        using (var again = await worker.PostAsJsonAsync($"/api/v1/queue-entries/{entry}/withdraw", new { }))
        {
            await again.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        using var check = factory.Services.CreateScope();
        var data = check.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var referral = await data.ProviderReferrals.AsNoTracking().SingleAsync(r => r.Id == referralId);
        Assert.Equal(ProviderReferralStatus.Started, referral.Status);
        Assert.Equal(factory.Today, referral.StartedOn);
        var transition = await data.PathTransitions.AsNoTracking().SingleAsync(t => t.ClientId == clientId && t.TemplateCode == "test-" + code);
        Assert.Equal(("first", (string?)null), (transition.ToStep, transition.FromStep));
        var workerId = await factory.UserIdAsync("demo.sw");
        var writes = await data.AuditEvents.AsNoTracking()
            .CountAsync(e => e.UserId == workerId && e.Action == Actions.ClientServiceArrange && e.Outcome == AuditOutcome.Success && e.Subjects.Any(s => s.PersonId == clientId));
        Assert.True(writes >= 3, $"{writes}"); // joined, offered, started (and the reads of the answers)
    }

    [Fact]
    public async Task Guidance_goes_to_a_low_threshold_service_only_and_shows_on_the_timeline()
    {
        var clientId = await ClientAgedAsync(20);
        using var worker = await factory.ApiAsync("demo.sw");
        var services = await worker.GetFromJsonAsync<JsonElement>("/api/v1/services");
        Guid Id(string code) => services.EnumerateArray().Single(s => s.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();

        using (var refused = await worker.PostAsJsonAsync($"/api/v1/clients/{clientId}/guidance", new { serviceId = Id("upseeri"), note = "" }))
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("needs a decision", problem.GetProperty("errors").GetProperty("serviceId")[0].GetString(), StringComparison.Ordinal);
        }

        await worker.PostJsonAsync($"/api/v1/clients/{clientId}/guidance", new { serviceId = Id("klaara"), note = "Keskusteluapua." }, HttpStatusCode.Created);
        var timeline = await worker.GetStringAsync($"/api/v1/clients/{clientId}/timeline");
        Assert.Contains("Guided: Klaara youth station", timeline, StringComparison.Ordinal);
        Assert.Contains("Keskusteluapua.", timeline, StringComparison.Ordinal);

        using var other = await factory.ApiAsync("vantaa.sw");
        using var foreign = await other.PostAsJsonAsync($"/api/v1/clients/{clientId}/guidance", new { serviceId = Id("klaara"), note = "" });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Provider_staff_see_only_their_providers_services()
    {
        using var provider = await factory.ApiAsync("demo.provider");
        Assert.Equal(["upseeri"], Codes(await provider.GetFromJsonAsync<JsonElement>("/api/v1/services")));
        using var worker = await factory.ApiAsync("demo.sw");
        var klaara = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/services")).EnumerateArray().Single(s => s.GetProperty("code").GetString() == "klaara").GetProperty("id").GetGuid();
        using var hidden = await provider.GetAsync($"/api/v1/services/{klaara}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task A_service_is_validated_its_code_is_unique_and_a_stale_change_is_refused()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        using (var bad = await admin.PostAsJsonAsync("/api/v1/services", new
        {
            code = "bad-" + Interlocked.Increment(ref serviceNumber), nameFi = "Huono", type = "Workshop", producer = "Purchased", languages = German,
            minAge = 30, maxAge = 18, unitPrice = 10m,
        }))
        {
            var errors = (await bad.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
            foreach (var field in new[] { "maxAge", "languages", "priceUnit", "providerId" })
            {
                Assert.True(errors.TryGetProperty(field, out _), field);
            }
        }

        var (id, code) = await NewServiceAsync();
        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/services/{id}");
        var unit = view.GetProperty("unitId").GetGuid();
        using (var duplicate = await admin.PostAsJsonAsync("/api/v1/services", Body(code, "Kopio", 18, 29, null, unitId: unit)))
        {
            await duplicate.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        var changed = await admin.PutJsonAsync($"/api/v1/services/{id}", Body(code, "Uusi nimi", 16, 29, 5, view.GetProperty("version").GetInt32(), unit), HttpStatusCode.OK);
        Assert.Equal("Uusi nimi", changed.GetProperty("name").GetProperty("fi").GetString());
        using (var stale = await admin.PutAsJsonAsync($"/api/v1/services/{id}", Body(code, "Vanha", 18, 29, 5, view.GetProperty("version").GetInt32(), unit)))
        {
            await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        using var worker = await factory.ApiAsync("demo.sw");
        using var forbidden = await worker.PostAsJsonAsync("/api/v1/services", Body("x-" + code, "Ei", 18, 29, null));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_provider_is_added_once_and_linked_by_its_business_id()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        var businessId = BusinessId(Interlocked.Increment(ref serviceNumber) + (typeof(TFactory) == typeof(PostgresFactory) ? 500 : 0));
        using (var invalid = await admin.PostAsJsonAsync("/api/v1/providers", new { code = "1234567-8", nameFi = "Väärä", mode = "Purchased" }))
        {
            Assert.True((await invalid.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("code", out _));
        }

        var added = await admin.PostJsonAsync("/api/v1/providers", new
        {
            code = businessId, nameFi = "Testipaja Oy", mode = "ThirdSector", contacts = new[] { new { name = "Maija Meikäläinen", email = "maija@example.invalid", phone = "", role = "" } },
        }, HttpStatusCode.Created);
        Assert.Equal("ThirdSector", added.GetProperty("mode").GetString());
        using (var twice = await admin.PostAsJsonAsync("/api/v1/providers", new { code = businessId, nameFi = "Testipaja Oy", mode = "ThirdSector" }))
        {
            await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        var providers = await admin.GetFromJsonAsync<JsonElement>("/api/v1/providers");
        var row = providers.EnumerateArray().Single(p => p.GetProperty("code").GetString() == businessId);
        Assert.Equal("maija@example.invalid", row.GetProperty("contacts")[0].GetProperty("email").GetString());
        Assert.Contains(providers.EnumerateArray(), p => p.GetProperty("kind").GetString() == "Unit");

        using var vantaa = await factory.ApiAsync("vantaa.admin");
        var linked = await vantaa.PostJsonAsync("/api/v1/providers", new { code = businessId, mode = "Purchased" }, HttpStatusCode.Created);
        Assert.Equal(added.GetProperty("id").GetGuid(), linked.GetProperty("id").GetGuid());
        using var scope = factory.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().Organisations.CountAsync(o => o.Code == businessId));
    }

    private static List<string> Codes(JsonElement services) => services.EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToList();

    /// <summary>A valid business id from a running number.</summary>
    private static string BusinessId(int number)
    {
        for (var n = 2_900_000 + (number * 13); ; n++)
        {
            var digits = n.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            int[] weights = [7, 9, 10, 5, 8, 4, 2];
            var remainder = weights.Select((w, i) => w * (digits[i] - '0')).Sum() % 11;
            if (remainder != 1)
            {
                return $"{digits}-{(remainder == 0 ? 0 : 11 - remainder)}";
            }
        }
    }

    private static object Body(string code, string name, int min, int max, int? capacity, int version = 0, Guid? unitId = null) => new
    {
        code, nameFi = name, type = "Workshop", producer = "Own", unitId, languages = Finnish, minAge = min, maxAge = max, capacity, version,
    };

    private async Task<(Guid Id, string Code)> NewServiceAsync(int? capacity = 5, string? name = null)
    {
        var code = $"test-{Interlocked.Increment(ref serviceNumber)}";
        Guid unitId;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            unitId = await db.Units.Where(u => db.Organisations.Any(o => o.Id == u.OrganisationId && o.Code == Vaasa)).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        }

        using var admin = await factory.ApiAsync("demo.admin");
        var created = await admin.PostJsonAsync("/api/v1/services", new
        {
            code, nameFi = name ?? $"Testipalvelu {code}", type = "Workshop", producer = "Own", unitId, languages = Finnish, minAge = 18, maxAge = 29, capacity,
        }, HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), code);
    }

    private async Task<Guid> ClientAgedAsync(int age)
    {
        var id = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var birth = factory.Today.AddYears(-age).AddDays(-100);
        await db.Clients.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.BirthDate, birth));
        return id;
    }

    private async Task<Guid> JoinAsync(HttpClient api, Guid serviceId, Guid clientId, int daysAgo, bool urgent = false)
    {
        var entry = await api.PostJsonAsync($"/api/v1/services/{serviceId}/queue", new { clientId, urgent }, HttpStatusCode.Created);
        var id = entry.GetProperty("id").GetGuid();
        using var scope = factory.Services.CreateScope();
        var joined = factory.Today.AddDays(-daysAgo);
        await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().QueueEntries.Where(q => q.Id == id).ExecuteUpdateAsync(s => s.SetProperty(q => q.JoinedOn, joined));
        return id;
    }

    private async Task<Guid> ReferralAsync(Guid clientId, Guid serviceId, bool accept)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == serviceId);
        var by = await factory.UserIdAsync("demo.sw");
        var referral = ProviderReferral.Send(service.OrganisationId, clientId, service, null, DisclosureBasis.Law, "", "", [], by, factory.Today.AddDays(-3));
        if (accept)
        {
            referral.Accept(by, factory.Today.AddDays(-2));
        }

        db.ProviderReferrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }
}

public sealed class ServicesApiTests_Sqlite(SqliteFactory factory) : ServicesApiTests<SqliteFactory>(factory);

public sealed class ServicesApiTests_Postgres(PostgresFactory factory) : ServicesApiTests<PostgresFactory>(factory);
