using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.People;

public abstract class PeoplePageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Administrator_lists_and_searches_the_staff()
    {
        using var client = await factory.SignedInBrowserAsync("demo.admin", "en");
        var all = TestClients.Text(await client.GetStringAsync("/people"));
        Assert.Contains("Sanna Virtanen", all);
        Assert.Contains("Social worker", all);

        var found = TestClients.Text(await client.GetStringAsync("/people?search=nyström"));
        Assert.Contains("Mikael Nyström", found);
        Assert.DoesNotContain("Sanna Virtanen", found);
    }

    [Fact]
    public async Task A_stale_edit_says_someone_else_changed_it_and_keeps_what_was_typed()
    {
        var id = await factory.UserIdAsync("demo.registrar");
        using var client = await factory.SignedInBrowserAsync("demo.admin", "en");
        using var saved = await client.SubmitFormAsync($"/people/{id}", "edit-employee", Fields("kirjaaja", 0));
        Assert.Contains("Saved.", TestClients.Text(await saved.Content.ReadAsStringAsync()));

        using var stale = await client.SubmitFormAsync($"/people/{id}", "edit-employee", Fields("arkistosihteeri", 0));
        var html = TestClients.Text(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this in the meantime", html);
        Assert.Contains("value=\"arkistosihteeri\"", html);
    }

    [Fact]
    public async Task An_invalid_edit_marks_the_field_and_keeps_the_input()
    {
        var id = await factory.UserIdAsync("demo.sc");
        using var client = await factory.SignedInBrowserAsync("demo.admin", "sv");
        var fields = Fields("sosiaaliohjaaja", 0);
        fields["Input.Email"] = "mikael(at)example";
        using var response = await client.SubmitFormAsync($"/people/{id}", "edit-employee", fields);
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("En e-postadress har formen namn@exempel.fi.", html);
        Assert.Contains("value=\"mikael(at)example\"", html);
    }

    private static Dictionary<string, string> Fields(string title, int version) => new()
    {
        ["Input.Title"] = title,
        ["Input.Email"] = "",
        ["Input.Phone"] = "",
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class PeoplePageTests_Sqlite(SqliteFactory factory) : PeoplePageTests<SqliteFactory>(factory);

public sealed class PeoplePageTests_Postgres(PostgresFactory factory) : PeoplePageTests<PostgresFactory>(factory);
