using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;

namespace Polku.Web.Tests.Infrastructure;

public static partial class TestClients
{
    public static HttpClient Browser(this PolkuFactory factory, string language = "fi")
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    public static async Task<string> TokenAsync(this WebApplicationFactory<Program> factory, string userName, string password = DemoData.Password)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>An API client acting as the given demo user.</summary>
    public static async Task<HttpClient> ApiAsync(this PolkuFactory factory, string userName, string language = "en", string password = DemoData.Password)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync(userName, password));
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    /// <summary>
    /// Posts a server-rendered form as a browser would: with the page's antiforgery token and form name,
    /// to the page itself or to the form's <paramref name="action"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string url, string? formName, IDictionary<string, string> fields, string? action = null)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryTokenOf(await client.GetStringAsync(url)) };
        if (formName is not null)
        {
            values["_handler"] = formName;
        }

        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(values));
    }

    public static async Task<HttpClient> SignedInBrowserAsync(this PolkuFactory factory, string userName, string language = "fi")
    {
        var client = factory.Browser(language);
        using var response = await client.SubmitFormAsync("/sign-in", "sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoData.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string Text(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The antiforgery token a page's form carries (a node's page, to post elsewhere).</summary>
    public static string AntiforgeryTokenOf(string page)
    {
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "No antiforgery token on the page");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>The employee id behind a user name (the account shares the employee's id).</summary>
    public static async Task<Guid> UserIdAsync(this PolkuFactory factory, string userName)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().Users
            .Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Posts JSON and asserts the status; returns the body.</summary>
    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string url, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return await BodyAsync(response, url, expected);
    }

    /// <summary>Puts JSON and asserts the status; returns the body.</summary>
    public static async Task<JsonElement> PutJsonAsync(this HttpClient client, string url, object body, HttpStatusCode expected)
    {
        using var response = await client.PutAsJsonAsync(url, body);
        return await BodyAsync(response, url, expected);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, string url, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: expected {expected}, got {response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Registers a client with a fresh temporary identity code and returns its id.</summary>
    public static async Task<Guid> NewClientAsync(this HttpClient client, string lastName = "Testinen", bool identityCode = true)
    {
        var code = UniqueIdentityCode();
        var created = await client.PostJsonAsync("/api/v1/clients", new
        {
            identityCode = identityCode ? code.Value : null,
            birthDate = identityCode ? null : "1985-06-15",
            firstNames = "Testi",
            lastName,
            language = "fi",
        }, HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private static int codes;

    /// <summary>A valid temporary identity code no other test in this run uses.</summary>
    public static Polku.Domain.Clients.PersonalIdentityCode UniqueIdentityCode() =>
        Polku.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1950, 1, 1).AddDays(Interlocked.Increment(ref codes)), 950);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
