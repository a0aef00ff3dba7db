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
        Assert.Equal(report.RowsOf("Employees"), await db.Employees.CountAsync(e => e.OrganisationId == id));
        Assert.Equal(report.RowsOf("AspNetUsers"), await db.Users.CountAsync(u => db.Employees.Any(e => e.Id == u.Id && e.OrganisationId == id)));
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
    }
}

public sealed class BenchGeneratorTests_Sqlite(SqliteFactory factory) : BenchGeneratorTests<SqliteFactory>(factory);

public sealed class BenchGeneratorTests_Postgres(PostgresFactory factory) : BenchGeneratorTests<PostgresFactory>(factory);
