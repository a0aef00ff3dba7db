using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Audit;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.People;

/// <summary>Every read and write of a person's data leaves an audit event; a write and its event share one fate.</summary>
public abstract class EmployeeAuditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Reading_a_person_writes_an_event_naming_the_user_the_action_and_the_person()
    {
        var (admin, socialWorker) = (await factory.UserIdAsync("demo.admin"), await factory.UserIdAsync("demo.sw"));
        using var client = await factory.ApiAsync("demo.admin");
        var before = (await EventsAboutAsync(socialWorker)).Select(e => e.Id).ToHashSet();

        var person = await client.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{socialWorker}");
        Assert.Equal("Sanna", person.GetProperty("firstName").GetString());

        var read = Assert.Single(await EventsAboutAsync(socialWorker), e => !before.Contains(e.Id));
        Assert.Equal(Actions.EmployeeRead, read.Action);
        Assert.Equal(admin, read.UserId);
        Assert.Equal(AuditOutcome.Success, read.Outcome);
        Assert.NotNull(read.OrganisationId);
        Assert.Equal(factory.Time.GetUtcNow(), read.OccurredAt, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_saved_write_and_its_event_commit_together()
    {
        var lead = await factory.UserIdAsync("demo.lead");
        using var client = await factory.ApiAsync("demo.admin");
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{lead}");

        using var saved = await client.PutAsJsonAsync($"/api/v1/employees/{lead}", new
        {
            title = "johtava sosiaalityöntekijä, aikuisten palvelut",
            email = "leena.koskinen@example.invalid",
            phone = "+358 40 123 4567",
            version = before.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(before.GetProperty("version").GetInt32() + 1, after.GetProperty("version").GetInt32());
        Assert.Single(await EventsAboutAsync(lead), e => e.Action == Actions.EmployeeUpdate);
    }

    [Fact]
    public async Task A_stale_write_rolls_back_with_its_event()
    {
        var counsellor = await factory.UserIdAsync("demo.sc");
        using var client = await factory.ApiAsync("demo.admin");
        var current = await client.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{counsellor}");
        var version = current.GetProperty("version").GetInt32();
        using (var first = await client.PutAsJsonAsync($"/api/v1/employees/{counsellor}", new { title = "sosiaaliohjaaja", version }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var updatesBefore = (await EventsAboutAsync(counsellor)).Count(e => e.Action == Actions.EmployeeUpdate);
        using var stale = await client.PutAsJsonAsync($"/api/v1/employees/{counsellor}", new { title = "overwritten", version });

        await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(updatesBefore, (await EventsAboutAsync(counsellor)).Count(e => e.Action == Actions.EmployeeUpdate));
        var unchanged = await client.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{counsellor}");
        Assert.Equal("sosiaaliohjaaja", unchanged.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Invalid_input_names_the_fields_in_the_users_language()
    {
        var counsellor = await factory.UserIdAsync("demo.sc");
        using var client = await factory.ApiAsync("demo.admin", "fi");
        using var response = await client.PutAsJsonAsync($"/api/v1/employees/{counsellor}", new { title = new string('x', 101), email = "not an address", version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Enintään 100 merkkiä.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Sähköpostiosoite on muotoa nimi@esimerkki.fi.", errors.GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task A_role_without_the_action_gets_403_and_lists_are_not_leaked()
    {
        using var client = await factory.ApiAsync("demo.sw");
        using var list = await client.GetAsync("/api/v1/employees");
        await list.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Lists_are_filtered_to_the_users_organisation()
    {
        using var client = await factory.ApiAsync("demo.admin");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/employees?pageSize=100");
        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()).ToList();
        Assert.Contains("Sanna Virtanen", names);
        Assert.DoesNotContain("Paula Mäkelä", names);

        var provider = await factory.UserIdAsync("demo.provider");
        using var other = await client.GetAsync($"/api/v1/employees/{provider}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Page_size_is_bounded()
    {
        using var client = await factory.ApiAsync("demo.admin");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/employees?pageSize=100000&page=-3");
        Assert.Equal(100, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());

        // A page far past the end is empty, not an overflow in the row offset.
        var far = await client.GetFromJsonAsync<JsonElement>($"/api/v1/employees?page={int.MaxValue}&pageSize=100");
        Assert.Equal(0, far.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Registrar_sees_who_processed_a_persons_data_and_that_look_up_is_audited_too()
    {
        var (socialWorker, registrar) = (await factory.UserIdAsync("demo.sw"), await factory.UserIdAsync("demo.registrar"));
        using (var admin = await factory.ApiAsync("demo.admin"))
        {
            await admin.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{socialWorker}");
        }

        using var client = await factory.ApiAsync("demo.registrar");
        var trail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit-events?personId={socialWorker}");
        var entries = trail.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == Actions.EmployeeRead && e.GetProperty("userName").GetString() == "Antti Järvinen");
        Assert.Contains(await EventsAboutAsync(socialWorker), e => e.Action == Actions.AuditRead && e.UserId == registrar);
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_changed_through_the_context()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        db.AuditEvents.Add(new AuditEvent { Action = Actions.EmployeeRead, OccurredAt = factory.Time.GetUtcNow() });
        await db.SaveChangesAsync();
        var stored = await db.AuditEvents.OrderByDescending(e => e.OccurredAt).FirstAsync();
        db.AuditEvents.Remove(stored);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_changed_in_the_database_either()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        db.AuditEvents.Add(new AuditEvent { Action = Actions.EmployeeRead, OccurredAt = factory.Time.GetUtcNow() });
        await db.SaveChangesAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Action\" = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\""));
        Assert.True(await db.AuditEvents.AnyAsync());
    }


    private async Task<List<AuditEvent>> EventsAboutAsync(Guid personId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Subjects.Any(s => s.PersonId == personId)).ToListAsync();
    }
}

public sealed class EmployeeAuditTests_Sqlite(SqliteFactory factory) : EmployeeAuditTests<SqliteFactory>(factory);

public sealed class EmployeeAuditTests_Postgres(PostgresFactory factory) : EmployeeAuditTests<PostgresFactory>(factory);
