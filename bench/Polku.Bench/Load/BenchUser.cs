using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Polku.Bench.Generation;

namespace Polku.Bench.Load;

/// <summary>
/// A generated worker signed in through the real sign-in form: their own cookies, their own connection, a bearer
/// token for the API, and the clients they are responsible for (read from the database at start).
/// </summary>
public sealed partial class BenchUser(WorkerFacts facts, HttpClient http) : IDisposable
{
    public WorkerFacts Facts { get; } = facts;

    public HttpClient Http { get; } = http;

    public string? Token { get; private set; }

    public string FloorQuery => $"user={Facts.Id}&org={Facts.OrganisationId}";

    public Guid OwnClient() => Facts.ClientIds[Random.Shared.Next(Facts.ClientIds.Count)];

    /// <summary>One of the own clients' records in the table (Decisions, Assessments, Plans).</summary>
    public Guid OwnRecord(string table) => Facts.Records[table][Random.Shared.Next(Facts.Records[table].Count)];

    /// <summary>The start of one of the worker's own clients' surnames, as a worker types it.</summary>
    public string SearchTerm() => Uri.EscapeDataString(Facts.SearchTerms[Random.Shared.Next(Facts.SearchTerms.Count)]);

    public static HttpClient NewClient(Uri baseUrl) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 1 })
        {
            BaseAddress = baseUrl,
            DefaultRequestHeaders = { AcceptLanguage = { new StringWithQualityHeaderValue("fi") } },
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>Signs in as a browser does: the form's antiforgery token from GET /sign-in, then the form posted.</summary>
    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        var form = await Http.GetStringAsync("/sign-in", cancellationToken);
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.UserName"] = Facts.UserName,
            ["Input.Password"] = DataGenerator.Password,
        });
        using var response = await Http.PostAsync("/sign-in", content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{Facts.UserName} did not sign in: {(int)response.StatusCode}.");
        }
    }

    public async Task FetchTokenAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsJsonAsync("/api/v1/auth/token", new { userName = Facts.UserName, password = DataGenerator.Password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        Token = body.GetProperty("accessToken").GetString();
    }

    /// <summary>Another session of the same account uses the token already issued to it.</summary>
    public void UseToken(string? token) => Token = token;

    /// <summary>One request as this user: pages with the cookie, API calls with the bearer token.</summary>
    public HttpRequestMessage Request(string url, bool api)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (api)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        return request;
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
