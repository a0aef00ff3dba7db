using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polku.Bench.Generation;
using Polku.Data;
using Polku.Domain.Clients;
using Polku.Domain.Decisions;
using Polku.Domain.Referrals;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>
/// The benchmark data generator writes what EF would: the tiny size is loaded in bulk into the app's own database,
/// then read back through the model and opened through the API as a generated worker.
/// </summary>
public abstract class BenchGeneratorTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Tiny_data_is_loaded_in_bulk_and_read_back_by_the_app()
    {
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        var output = new StringWriter();
        var report = await DataGenerator.RunAsync(
            new GenerateOptions
            {
                Size = DataSize.Tiny,
                Provider = DatabaseSetup.ProviderOf(configuration),
                ConnectionString = configuration.GetConnectionString("Polku"),
                Today = factory.Today,
            },
            output);
        Assert.Contains("rows/s", output.ToString(), StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Code == DataGenerator.FirstOrganisationCode);
        var id = organisation.Id;

        // Every table as many rows as were written, counted through the model.
        Assert.Equal(DataSize.Tiny.Clients, await db.Clients.CountAsync(c => c.OrganisationId == id));
        Assert.Equal(report.RowsOf("Clients"), DataSize.Tiny.Clients);
        // The organisation's own staff and its partners' (providers have staff with accounts of their own).
        var providers = await db.Partnerships.Where(p => p.OrganisationId == id).Select(p => p.ProviderId).ToListAsync();
        Assert.Equal(report.RowsOf("Partnerships"), providers.Count);
        Assert.Equal(report.RowsOf("Organisations"), 1 + providers.Count);
        Assert.Equal(report.RowsOf("Employees"), await db.Employees.CountAsync(e => e.OrganisationId == id || providers.Contains(e.OrganisationId)));
        Assert.Equal(report.RowsOf("AspNetUsers"), await db.Users.CountAsync(u => db.Employees.Any(e => e.Id == u.Id && (e.OrganisationId == id || providers.Contains(e.OrganisationId)))));
        Assert.Equal(report.RowsOf("Referrals"), await db.Referrals.CountAsync(r => r.OrganisationId == id));
        Assert.Equal(report.RowsOf("Assessments"), await db.Assessments.CountAsync(a => a.OrganisationId == id));
        Assert.Equal(report.RowsOf("RecordEntries"), await db.RecordEntries.CountAsync(e => e.OrganisationId == id));
        Assert.Equal(report.RowsOf("Decisions"), await db.Decisions.CountAsync(d => d.OrganisationId == id));
        Assert.Equal(report.RowsOf("Measurements"), await db.Measurements.CountAsync(m => m.OrganisationId == id));
        Assert.Equal(report.RowsOf("MeasurementScores"), (await db.Measurements.Where(m => m.OrganisationId == id).Select(m => m.Scores.Count).ToListAsync()).Sum());
        Assert.Equal(report.RowsOf("Services"), await db.Services.CountAsync(s => s.OrganisationId == id));
        Assert.Equal(report.RowsOf("Groups"), await db.Groups.CountAsync(g => g.OrganisationId == id));
        Assert.Equal(report.RowsOf("GroupSessions"), await db.GroupSessions.CountAsync(s => db.Groups.Any(g => g.Id == s.GroupId && g.OrganisationId == id)));
        Assert.Equal(report.RowsOf("AttendanceMarks"), await db.AttendanceMarks.CountAsync(a => db.Clients.Any(c => c.Id == a.ClientId && c.OrganisationId == id)));
        Assert.Equal(report.RowsOf("AuditEvents"), await db.AuditEvents.CountAsync(e => e.OrganisationId == id));
        Assert.Equal(report.RowsOf("Plans"), await db.Plans.CountAsync(p => p.OrganisationId == id));
        Assert.Equal(report.RowsOf("PlanVersions"), await db.PlanVersions.CountAsync(v => db.Plans.Any(p => p.Id == v.PlanId && p.OrganisationId == id)));
        Assert.Equal(report.RowsOf("PlanReviews"), await db.PlanReviews.CountAsync(r => r.OrganisationId == id));
        Assert.Equal(report.RowsOf("DecisionDispatches"), await db.DecisionDispatches.CountAsync(d => d.OrganisationId == id));
        Assert.Equal(report.RowsOf("ProviderReferrals"), await db.ProviderReferrals.CountAsync(r => r.OrganisationId == id));
        Assert.Equal(report.RowsOf("PaymentCommitments"), await db.PaymentCommitments.CountAsync(c => c.OrganisationId == id));
        Assert.Equal(report.RowsOf("QueueEntries"), await db.QueueEntries.CountAsync(q => q.OrganisationId == id));
        Assert.Equal(report.RowsOf("PathTransitions"), await db.PathTransitions.CountAsync(t => t.OrganisationId == id));
        Assert.Equal(report.RowsOf("ServicePackages"), await db.ServicePackages.CountAsync(p => p.OrganisationId == id));
        Assert.Equal(report.RowsOf("ServiceGuidance"), await db.ServiceGuidance.CountAsync(g => g.OrganisationId == id));
        Assert.Equal(report.RowsOf("StatedReasonAccesses"), await db.StatedReasonAccesses.CountAsync(a => a.OrganisationId == id));
        Assert.Equal(1, await db.ServiceSettings.CountAsync(s => s.OrganisationId == id));
        Assert.Equal(1, await db.DecisionChainSettings.CountAsync(s => s.OrganisationId == id));
        Assert.Equal(1, await db.AppealInstructions.CountAsync(a => a.OrganisationId == id));
        Assert.All(report.Tables, t => Assert.True(t.Rows > 0, $"{t.Table} is empty."));

        // Identity codes valid, in the test range, and agreeing with the birth date.
        var people = await db.Clients.AsNoTracking().Where(c => c.OrganisationId == id).Select(c => new { c.IdentityCode, c.BirthDate }).ToListAsync();
        Assert.All(people, person =>
        {
            Assert.True(PersonalIdentityCode.TryParse(person.IdentityCode, out var code, out var error), error.ToString());
            Assert.True(code.IsTemporary);
            Assert.Equal(person.BirthDate, code.BirthDate);
        });

        // Enums as names, JSON columns and dates come back as the domain made them.
        var delivered = await db.Decisions.AsNoTracking().FirstAsync(d => d.OrganisationId == id && d.Status == DecisionStatus.Delivered);
        Assert.NotNull(delivered.Appeal);
        Assert.Equal(delivered.DecidedOn!.Value.AddDays(1), delivered.Appeal.SentOn);
        Assert.Equal([DecisionStep.Sign, DecisionStep.Deliver], delivered.History.Select(h => h.Step));
        Assert.Equal(1, delivered.AppealInstructionVersion);
        var dispatch = await db.DecisionDispatches.AsNoTracking().SingleAsync(d => d.DecisionId == delivered.Id);
        Assert.Equal((DispatchStatus.Sent, delivered.Appeal.SentOn), (dispatch.Status, dispatch.SentOn));
        Assert.NotEmpty(delivered.Content.LegalBases);
        Assert.True(await db.Referrals.AnyAsync(r => r.OrganisationId == id && r.Status == ReferralStatus.Closed));
        Assert.True(await db.Referrals.AnyAsync(r => r.OrganisationId == id && r.Status == ReferralStatus.AssessmentStarted && r.AssessmentId != null));
        var registered = await db.Clients.AsNoTracking().Where(c => c.OrganisationId == id).MaxAsync(c => c.RegisteredAt);
        Assert.True(registered <= PolkuFactory.Now && registered > PolkuFactory.Now.AddYears(-3));

        // A generated worker signs in with the generated password and opens a client of their own.
        var worker = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "b01.w0001");
        var client = await db.Clients.AsNoTracking().FirstAsync(c => c.ResponsibleWorkerId == worker.Id);
        using var api = await factory.ApiAsync("b01.w0001", password: DataGenerator.Password);
        using var response = await api.GetAsync($"/api/v1/clients/{client.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(client.LastName, body.GetRawText(), StringComparison.Ordinal);

        // A worker whose client has a plan and a purchased service (a referral to the provider with a payment commitment)
        // opens that client's page and the page of a delivered decision, in the browser.
        var arranged = await db.PaymentCommitments.AsNoTracking()
            .Where(c => c.OrganisationId == id && c.ProviderReferralId != null && db.Plans.Any(p => p.ClientId == c.ClientId))
            .Select(c => new { c.ClientId, c.DecisionId, Worker = db.Clients.Single(x => x.Id == c.ClientId).ResponsibleWorkerId })
            .FirstAsync();
        var userName = await db.Users.Where(u => u.Id == arranged.Worker).Select(u => u.UserName!).SingleAsync();
        var browser = factory.Browser();
        using (var signIn = await browser.SubmitFormAsync("/sign-in", "sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = DataGenerator.Password,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var service = await db.Services.AsNoTracking().Where(s => db.PaymentCommitments.Any(c => c.DecisionId == arranged.DecisionId && c.ServiceId == s.Id)).SingleAsync();
        using var clientPage = await browser.GetAsync($"/clients/{arranged.ClientId}");
        Assert.Equal(HttpStatusCode.OK, clientPage.StatusCode);
        Assert.Contains(service.Name.Fi, TestClients.Text(await clientPage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var decisionPage = await browser.GetAsync($"/decisions/{arranged.DecisionId}");
        Assert.Equal(HttpStatusCode.OK, decisionPage.StatusCode);
        Assert.Equal(DecisionStatus.Delivered, await db.Decisions.Where(d => d.Id == arranged.DecisionId).Select(d => d.Status).SingleAsync());
    }
}

public sealed class BenchGeneratorTests_Sqlite(SqliteFactory factory) : BenchGeneratorTests<SqliteFactory>(factory);

public sealed class BenchGeneratorTests_Postgres(PostgresFactory factory) : BenchGeneratorTests<PostgresFactory>(factory);
