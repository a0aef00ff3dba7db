using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.SignIn;

public abstract class TokenApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Demo_social_worker_gets_a_token_and_their_profile()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "demo.sw", password = DemoData.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        var expiresAt = token.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(factory.Time.GetUtcNow().AddMinutes(60), expiresAt, TimeSpan.FromSeconds(1));

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("demo.sw", me.GetProperty("userName").GetString());
        Assert.Equal("Sanna Virtanen", me.GetProperty("displayName").GetString());
        Assert.Equal("Vaasa", me.GetProperty("organisation").GetProperty("name").GetString());
        Assert.True(Guid.TryParse(me.GetProperty("organisation").GetProperty("id").GetString(), out _));
        Assert.Equal(["SocialWorker"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Provider_staff_belongs_to_the_provider_organisation()
    {
        using var client = await factory.ApiAsync("demo.provider");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("Pohjanmaan sosiaalipsykiatrinen yhdistys", me.GetProperty("organisation").GetProperty("name").GetString());
        Assert.Equal(["ProviderStaff"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_neutral_answer()
    {
        using var client = factory.CreateClient();
        using var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "demo.sc", password = "not-the-password" });
        using var unknownUser = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody.here", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        Assert.Equal("application/problem+json", wrongPassword.Content.Headers.ContentType?.MediaType);
        var first = await wrongPassword.Content.ReadFromJsonAsync<JsonElement>();
        var second = await unknownUser.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("title").GetString(), second.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Missing_fields_are_named_in_a_validation_problem()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("userName", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Malformed_body_is_a_problem_not_a_server_error()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/v1/auth/token", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_token_gets_401_problem_details()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        using var response = await client.GetAsync("/api/v1/me");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expired_token_gets_401()
    {
        using var client = await factory.ApiAsync("demo.lead");
        using (var fresh = await client.GetAsync("/api/v1/me"))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        factory.Time.Advance(TimeSpan.FromMinutes(61));
        using var expired = await client.GetAsync("/api/v1/me");
        await expired.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_and_say_until_when()
    {
        const string password = "Lockout-test-2026";
        var userName = $"lock.{Guid.NewGuid():N}"[..20];
        await CreateUserAsync(userName, password);
        using var client = factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        // Even the right password is refused while the lock holds.
        using var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var problem = await locked.Content.ReadFromJsonAsync<JsonElement>();
        var until = problem.GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.InRange(until, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));
    }

    [Fact]
    public async Task An_employee_who_has_left_cannot_sign_in()
    {
        const string password = "Former-employee-2026";
        var userName = $"left.{Guid.NewGuid():N}"[..20];
        var id = await CreateUserAsync(userName, password);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            (await db.Employees.FindAsync(id))!.Active = false;
            await db.SaveChangesAsync();
        }

        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<Guid> CreateUserAsync(string userName, string password)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var organisation = db.Organisations.First(o => o.Code == DemoData.VaasaCode);
        var employee = new Domain.People.Employee { OrganisationId = organisation.Id, FirstName = "Lukko", LastName = "Testi" };
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>()
            .CreateAsync(new UserAccount { Id = employee.Id, UserName = userName }, password);
        Assert.True(result.Succeeded);
        return employee.Id;
    }
}

public sealed class TokenApiTests_Sqlite(SqliteFactory factory) : TokenApiTests<SqliteFactory>(factory);

public sealed class TokenApiTests_Postgres(PostgresFactory factory) : TokenApiTests<PostgresFactory>(factory);
