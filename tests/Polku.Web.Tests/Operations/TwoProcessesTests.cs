using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using Polku.Data.Seed;
using Polku.Web.Features.Commitments;
using Polku.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Polku.Web.Tests.Operations;

/// <summary>
/// Two real app processes on one fresh PostgreSQL database, started at the same moment as an orchestrator starts its
/// replicas, behind a balancer without sticky sessions: both migrate and seed without tripping over each other, a
/// session and a form token from one are good on the other, requests may alternate freely, and the scheduled jobs both
/// run send each notice once.
/// </summary>
public sealed partial class TwoProcessesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>More than two runs of one node take (100 each), so neither node can send them all before the other's turn.</summary>
    private const int WaitingNotices = 250;

    private static readonly string[] Pages = ["/", "/clients", "/referrals", "/decisions"];

    private readonly string database = $"polku_test_{Guid.NewGuid():N}";

    private static string ServerConnection => Environment.GetEnvironmentVariable("POLKU_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "POLKU_TEST_POSTGRES is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL, " +
            "or point POLKU_TEST_POSTGRES at a server where this user may create databases.");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnection) { Database = database }.ToString();

    [Fact]
    public async Task Two_processes_on_one_database_share_sessions_and_form_tokens_and_run_each_job_once()
    {
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Polku"] = ConnectionString,
            ["Polku__DemoData"] = "true",
            ["Polku__Jobs__Interval"] = "00:00:01",
            // One entry per send, easy to count (the default JSON repeats the message in its state).
            ["Logging__Console__FormatterName"] = "simple",
        };
        var clock = Stopwatch.StartNew();
        using var nodeA = AppProcess.Start(settings);
        using var nodeB = AppProcess.Start(settings);
        try
        {
            // The same configuration on both, started together on an empty database: both come up.
            await Task.WhenAll(nodeA.WaitUntilReadyAsync(StartTimeout), nodeB.WaitUntilReadyAsync(StartTimeout));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Both ready in {clock.Elapsed.TotalSeconds:0.0} s."));
            await SessionsAndFormsWorkOnEitherNodeAsync(nodeA, nodeB);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sessions and forms checked at {clock.Elapsed.TotalSeconds:0.0} s."));
            await EachNoticeIsSentOnceAsync(nodeA, nodeB);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Jobs checked at {clock.Elapsed.TotalSeconds:0.0} s."));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{exception.Message}\n{nodeA.Tail()}\n{nodeB.Tail()}", exception);
        }
    }

    private static async Task SessionsAndFormsWorkOnEitherNodeAsync(AppProcess nodeA, AppProcess nodeB)
    {
        var jar = new CookieContainer();
        using var a = Browser(nodeA, jar);
        using var b = Browser(nodeB, jar);

        // (1) Signed in on A through the form, with A's token ...
        var signIn = await a.GetStringAsync("/sign-in");
        using (var signedIn = await a.PostAsync("/sign-in", Form(TestClients.AntiforgeryTokenOf(signIn),
            ("_handler", "sign-in"), ("Input.UserName", "demo.sw"), ("Input.Password", DemoData.Password))))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        // ... B knows the session.
        using (var front = await b.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, front.StatusCode);
            var page = await front.Content.ReadAsStringAsync();
            Assert.Contains("Sanna Virtanen", TestClients.Text(page), StringComparison.Ordinal);

            // Its content root is the app's: a stylesheet the page links to is served.
            var stylesheet = StylesheetPattern().Match(page);
            Assert.True(stylesheet.Success, "The front page links no stylesheet.");
            using var css = await b.GetAsync(WebUtility.HtmlDecode(stylesheet.Groups[1].Value));
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        }

        // (3) No stickiness: one browser's requests alternate between the nodes, each served signed in.
        for (var i = 0; i < 8; i++)
        {
            var node = i % 2 == 0 ? a : b;
            var path = Pages[i % Pages.Length];
            using var response = await node.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} on node {(i % 2 == 0 ? "A" : "B")}: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Contains("Sanna Virtanen", TestClients.Text(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // (2) A form whose token A issued is taken by B: signing out there ends the session for both.
        var pageOnA = await a.GetStringAsync("/");
        using (var signOut = await b.PostAsync("/sign-out", Form(TestClients.AntiforgeryTokenOf(pageOnA))))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        using var after = await a.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/sign-in", after.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    /// <summary>
    /// (4) Both nodes' job loops run every second. Notices waiting in the outbox, besides the demo commitment that warns
    /// today, are each sent by exactly one of them (each send is a line in its node's log), and today's warning run is
    /// claimed by one. The database is read with plain SQL: building the EF model here would cost more than the check.
    /// </summary>
    private async Task EachNoticeIsSentOnceAsync(AppProcess nodeA, AppProcess nodeB)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var add = new NpgsqlCommand(
            """
            INSERT INTO "ProviderNotices" ("Id", "OrganisationId", "ProviderId", "Kind", "To", "Subject", "Body", "CreatedAt", "Attempts", "LastError")
            SELECT gen_random_uuid(), c."OrganisationId", c."ProviderId", 'test', 'palvelut@pspy.example.invalid', 'Notice ' || i, 'b', now() - make_interval(secs => i), 0, ''
            FROM (SELECT * FROM "PaymentCommitments" LIMIT 1) c, generate_series(1, @count) i
            """, connection))
        {
            add.Parameters.AddWithValue("count", WaitingNotices);
            Assert.Equal(WaitingNotices, await add.ExecuteNonQueryAsync());
        }

        List<(Guid Id, string Kind, bool Sent)> notices = [];
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        while (DateTime.UtcNow < until)
        {
            notices = await NoticesAsync(connection);
            if (notices.Count > WaitingNotices && notices.All(n => n.Sent) && Sent(nodeA).Count + Sent(nodeB).Count >= notices.Count)
            {
                break;
            }

            await Task.Delay(250);
        }

        // A few more rounds of both loops: a second send of anything would show now.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var sentByA = Sent(nodeA);
        var sentByB = Sent(nodeB);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Notices: {notices.Count}; sent by A {sentByA.Count}, by B {sentByB.Count}."));

        Assert.Contains(notices, n => n.Kind == NoticeJobs.EndingKind); // the demo's commitment ending in 18 days
        Assert.All(notices, n => Assert.True(n.Sent, $"Notice {n.Id} ({n.Kind}) was not sent."));
        Assert.Equal(notices.Select(n => n.Id).Order(), sentByA.Concat(sentByB).Order());
        Assert.True(sentByA.Count > 0 && sentByB.Count > 0, $"Both nodes send: A sent {sentByA.Count}, B {sentByB.Count}.");

        await using var runs = new NpgsqlCommand("""SELECT "Node" FROM "JobRuns" WHERE "Job" = @job""", connection);
        runs.Parameters.AddWithValue("job", NoticeJobs.WarningJob);
        var nodes = new List<string>();
        await using (var reader = await runs.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                nodes.Add(reader.GetString(0));
            }
        }

        Assert.Contains(Assert.Single(nodes), new[] { Node(nodeA), Node(nodeB) });
    }

    private static async Task<List<(Guid Id, string Kind, bool Sent)>> NoticesAsync(NpgsqlConnection connection)
    {
        await using var select = new NpgsqlCommand("""SELECT "Id", "Kind", "SentAt" IS NOT NULL FROM "ProviderNotices" """, connection);
        await using var reader = await select.ExecuteReaderAsync();
        var notices = new List<(Guid, string, bool)>();
        while (await reader.ReadAsync())
        {
            notices.Add((reader.GetGuid(0), reader.GetString(1), reader.GetBoolean(2)));
        }

        return notices;
    }

    /// <summary>The notices a node's log says it sent (<see cref="LoggingNoticeSender"/>), one entry per send.</summary>
    private static List<Guid> Sent(AppProcess node) =>
        SentPattern().Matches(node.Output).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    /// <summary>The name a node's job loop writes in <c>JobRuns.Node</c>.</summary>
    private static string Node(AppProcess node) => $"{Environment.MachineName}:{node.Id}";

    /// <summary>A browser whose cookies live in <paramref name="jar"/> for the site, whichever node answers.</summary>
    private static HttpClient Browser(AppProcess node, CookieContainer jar) =>
        new(new SiteCookies(jar) { InnerHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false } })
        {
            BaseAddress = node.Address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Prepend(KeyValuePair.Create("__RequestVerificationToken", token)));

    [GeneratedRegex("<link[^>]+rel=\"stylesheet\"[^>]+href=\"([^\"]+)\"")]
    private static partial Regex StylesheetPattern();

    [GeneratedRegex("Notice ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) \\(")]
    private static partial Regex SentPattern();

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnection);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnection);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>One cookie jar for the site behind the balancer: cookies are kept for the site, not for a node's port.</summary>
    private sealed class SiteCookies(CookieContainer jar) : DelegatingHandler
    {
        private static readonly Uri Site = new("http://127.0.0.1/");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = jar.GetCookieHeader(Site);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    jar.SetCookies(Site, cookie);
                }
            }

            return response;
        }
    }
}
