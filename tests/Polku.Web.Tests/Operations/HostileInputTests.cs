using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polku.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Polku.Web.Tests.Operations;

/// <summary>
/// Polku fed hostile input from outside, as a newcomer's <c>dotnet run</c> (Development) and as deployed (Production),
/// and on PostgreSQL: every operation of its own OpenAPI document with malformed, wrong-typed, oversized and out-of-range
/// values, as a few demo users and anonymously, and every list page with garbage in its address. Nothing may answer
/// 5xx; an API answer 4xx with a body is a problem (RFC 9457) and shows no .NET type or stack trace. About 1,400 API
/// requests and 550 page requests per environment.
/// </summary>
public abstract class HostileInputTests<TFactory>(TFactory factory, ITestOutputHelper output) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private const string Anonymous = "anonymous";
    private const int Parallelism = 4;

    /// <summary>Who calls: a social worker (Finnish), an administrator (Swedish), a registrar (English), and nobody.</summary>
    private static readonly (string User, string Language)[] Callers =
        [("demo.sw", "fi"), ("demo.admin", "sv"), ("demo.registrar", "en"), (Anonymous, "fi")];

    private static readonly (string Page, string[] Parameters)[] ListPages =
    [
        ("/clients", ["search", "page"]),
        ("/referrals", ["status", "page"]),
        ("/people", ["search", "page"]),
        ("/audit", ["person", "page"]),
        ("/configuration", ["criterion", "list", "code"]),
    ];

    private readonly ConcurrentQueue<string> failures = new();
    private int sent;

    [Fact]
    public async Task No_api_operation_answers_5xx_to_hostile_input()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (user, language) in Callers)
        {
            clients[user] = user == Anonymous ? AnonymousClient(language) : await factory.ApiAsync(user, language);
        }

        try
        {
            var document = await clients[Anonymous].GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            var api = new OpenApiProbes(document, await KnownValuesAsync(clients["demo.sw"]));
            Assert.NotEmpty(api.Operations);
            foreach (var operation in api.Operations)
            {
                // Whoever may call the operation gets the whole battery; the others a sample, which must not fail either.
                string? caller = null;
                foreach (var (user, _) in Callers)
                {
                    var status = await SendAsync(clients[user], user, api.Baseline(operation));
                    if (caller is null && status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
                    {
                        caller = user;
                    }
                }

                await Parallel.ForEachAsync(
                    Callers.SelectMany(c => (c.User == caller ? api.Variants(operation) : api.Sample(operation)).Select(probe => (c.User, probe))),
                    new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
                    async (call, _) => await SendAsync(clients[call.User], call.User, call.probe));
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        Report();
    }

    [Fact]
    public async Task No_list_page_answers_5xx_to_garbage_in_its_address()
    {
        foreach (var (user, language) in Callers.Where(c => c.User != Anonymous))
        {
            using var browser = await factory.SignedInBrowserAsync(user, language);
            var personId = await factory.UserIdAsync(user);
            var probes = ListPages.SelectMany(page => page.Parameters.SelectMany(parameter => OpenApiProbes.HostileValues.Select(value => $"{page.Page}?{parameter}={value}")))
                .Concat(OpenApiProbes.HostileValues.Select(value => $"/audit?person={personId}&page={value}"))
                .Concat(OpenApiProbes.HostileValues.Select(value => $"/clients?search=a&page={value}"))
                .Concat(OpenApiProbes.HostileValues.Select(value => $"/referrals?status=closed&page={value}"));
            await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (url, _) =>
            {
                var status = await SendAsync(browser, user, new HostileRequest("GET", url, null, null, url));
                // A page number that is none shows the first page: the list, or the access-denied redirect for a user without the action.
                if (url.Contains("page=", StringComparison.Ordinal) && !url.Contains("%00", StringComparison.Ordinal) && status is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
                {
                    failures.Enqueue($"{user} GET {Shorten(url)} → {(int)status}: a garbage page number shows the first page");
                }
            });
        }

        Report();
    }

    private HttpClient AnonymousClient(string language)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    /// <summary>Ids and codes that exist, so that variants reach the handlers and not only "not found".</summary>
    private async Task<Dictionary<string, string>> KnownValuesAsync(HttpClient socialWorker)
    {
        var clientId = await socialWorker.NewClientAsync("Vihamielinen");
        var assessment = await socialWorker.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
        var sources = await socialWorker.GetFromJsonAsync<JsonElement>("/api/v1/code-lists/referral-sources");
        return new()
        {
            ["clientId"] = clientId.ToString(),
            ["assessmentId"] = assessment.GetProperty("id").GetString()!,
            ["employeeId"] = (await factory.UserIdAsync("demo.sw")).ToString(),
            ["source"] = sources[0].GetProperty("code").GetString()!,
        };
    }

    private async Task<HttpStatusCode> SendAsync(HttpClient client, string user, HostileRequest probe)
    {
        Interlocked.Increment(ref sent);
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
        if (probe.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(probe.Body));
            if (probe.ContentType is not null)
            {
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(probe.ContentType) { CharSet = "utf-8" };
            }
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var isApi = probe.Url.StartsWith("/api", StringComparison.Ordinal);
        string? problem = status >= 500 ? "server error"
            : isApi && status >= 400 && body.Length > 0 && mediaType != "application/problem+json" ? $"{mediaType} instead of application/problem+json"
            : isApi && status >= 400 && Leaks(body) ? "a .NET type or stack trace in the answer"
            : !isApi && body.Contains("Exception", StringComparison.Ordinal) ? "an exception on the page"
            : null;
        if (problem is not null)
        {
            failures.Enqueue($"{user} {probe.Method} {Shorten(probe.Url)} [{Shorten(probe.Input)}] → {status} {mediaType}: {problem}: {Shorten(body)}");
        }

        return response.StatusCode;
    }

    private static bool Leaks(string body) =>
        body.Contains("System.", StringComparison.Ordinal) || body.Contains("Microsoft.", StringComparison.Ordinal)
        || body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal);

    private void Report()
    {
        output.WriteLine($"{sent} requests, {failures.Count} failures");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {sent} requests failed:\n" + string.Join("\n", failures.Take(60)));
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 160 ? text : $"{text[..120]}…({text.Length} characters)";
}

/// <summary>One request: the URL, the body as sent, and what was hostile about it (for the failure list).</summary>
internal sealed record HostileRequest(string Method, string Url, string? Body, string? ContentType, string Input);

internal sealed record OpenApiParameter(string Name, string In, bool Required, JsonElement Schema);

internal sealed record OpenApiOperation(string Method, string Template, IReadOnlyList<OpenApiParameter> Parameters, JsonElement? Body);

internal enum JsonFieldKind
{
    Object,
    Array,
    String,
    Integer,
    Number,
    Boolean,
    Date,
    DateTime,
    Uuid,
    Enum,
}

/// <summary>The operations of the OpenAPI document, and requests for them: a plausible one and hostile variants.</summary>
internal sealed class OpenApiProbes
{
    public static readonly string TenKilobytes = new('x', 10 * 1024);

    /// <summary>Query and path values: not numbers, too large for an int, signs, LIKE wildcards, quotes, controls, 10 kB.</summary>
    public static readonly string[] HostileValues =
        ["abc", "-1", "0", "2147483648", "1e3", "%25", "%", "_", "%27%22%3C", "%00", "%E2%80%AE", "", TenKilobytes];

    private readonly JsonElement schemas;
    private readonly Dictionary<string, string> known;

    public OpenApiProbes(JsonElement document, Dictionary<string, string> known)
    {
        this.known = known;
        schemas = document.GetProperty("components").GetProperty("schemas");
        Operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => new OpenApiOperation(
                method.Name.ToUpperInvariant(),
                path.Name,
                method.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Select(p => new OpenApiParameter(
                        p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("required", out var required) && required.GetBoolean(), p.GetProperty("schema"))).ToList()
                    : [],
                method.Value.TryGetProperty("requestBody", out var body) ? body.GetProperty("content").GetProperty("application/json").GetProperty("schema") : null)))
            .ToList();
    }

    public IReadOnlyList<OpenApiOperation> Operations { get; }

    public HostileRequest Baseline(OpenApiOperation operation) => Request(operation, "baseline");

    /// <summary>For a caller who may not call the operation: it must still answer 401/403 (or 404) without failing.</summary>
    public IEnumerable<HostileRequest> Sample(OpenApiOperation operation)
    {
        if (operation.Body is not null)
        {
            yield return Request(operation, "body {", body: "{");
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            yield return Request(operation, $"{parameter.Name}=not-a-guid", path: new() { [parameter.Name] = "not-a-guid" });
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            yield return Request(operation, $"{parameter.Name}=abc", query: new() { [parameter.Name] = "abc" });
        }
    }

    public IEnumerable<HostileRequest> Variants(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            // A NUL in the path never reaches Polku: Kestrel refuses the request line (and the test server throws).
            var values = HostileValues.Concat([Guid.NewGuid().ToString(), "not-a-guid"]).Where(v => parameter.In != "path" || v != "%00");
            foreach (var value in values)
            {
                yield return parameter.In == "path"
                    ? Request(operation, $"{parameter.Name}={value}", path: new() { [parameter.Name] = value.Length == 0 ? "%20" : value })
                    : Request(operation, $"{parameter.Name}={value}", query: new() { [parameter.Name] = value });
            }

            if (parameter.Required && parameter.In == "query")
            {
                yield return Request(operation, $"without {parameter.Name}", query: new() { [parameter.Name] = null });
            }
        }

        if (operation.Body is not { } schema)
        {
            yield break;
        }

        string[] wholeBodies =
        [
            "", "{", "}", "[]", "null", "\"x\"", "{}", "123", "true", "[{}]", "{\"a\":", "{'single': 'quotes'}",
            JsonSerializer.Serialize(TenKilobytes), new string('[', 2000) + new string(']', 2000),
        ];
        foreach (var body in wholeBodies)
        {
            yield return Request(operation, $"body {body}", body: body);
        }

        var baseline = BaselineBody(schema)!.ToJsonString();
        yield return Request(operation, "text/plain body", body: baseline, contentType: "text/plain");
        yield return Request(operation, "body without a content type", body: baseline, contentType: null);
        yield return Request(operation, "form body", body: "a=1&b=2", contentType: "application/x-www-form-urlencoded");

        foreach (var (path, fieldSchema) in Fields(schema, []))
        {
            foreach (var value in Hostile(Resolve(fieldSchema)))
            {
                // The value goes in as text: some (half a surrogate pair) are JSON that no JSON library would write.
                var body = BaselineBody(schema)!;
                Set(body, path, Marker);
                var text = body.ToJsonString().Replace($"\"{Marker}\"", value ?? "null", StringComparison.Ordinal);
                yield return Request(operation, $"{string.Join('.', path)}: {value ?? "null"}", body: text);
            }
        }
    }

    private HostileRequest Request(
        OpenApiOperation operation, string input, Dictionary<string, string?>? path = null, Dictionary<string, string?>? query = null,
        string? body = null, string? contentType = "application/json")
    {
        var url = operation.Template;
        var pairs = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In == "path")
            {
                var value = path is not null && path.TryGetValue(parameter.Name, out var hostile) ? hostile! : Uri.EscapeDataString(Good(operation, parameter));
                url = url.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
            }
            else if (parameter.In == "query")
            {
                if (query is not null && query.TryGetValue(parameter.Name, out var hostile))
                {
                    if (hostile is not null)
                    {
                        pairs.Add($"{parameter.Name}={hostile}");
                    }
                }
                else if (parameter.Required)
                {
                    pairs.Add($"{parameter.Name}={Uri.EscapeDataString(Good(operation, parameter))}");
                }
            }
        }

        if (pairs.Count > 0)
        {
            url += "?" + string.Join('&', pairs);
        }

        return new HostileRequest(operation.Method, url, body ?? (operation.Body is { } schema ? BaselineBody(schema)!.ToJsonString() : null), contentType, input);
    }

    private string Good(OpenApiOperation operation, OpenApiParameter parameter) => parameter.Name switch
    {
        "clientId" => known["clientId"],
        "personId" => known["employeeId"],
        "id" when operation.Template.Contains("/clients/", StringComparison.Ordinal) => known["clientId"],
        "id" when operation.Template.Contains("/assessments/", StringComparison.Ordinal) => known["assessmentId"],
        "id" when operation.Template.Contains("/employees/", StringComparison.Ordinal) => known["employeeId"],
        "name" => "referral-sources",
        "code" => "hostile-input",
        _ => KindOf(Resolve(parameter.Schema)) == JsonFieldKind.Uuid ? Guid.NewGuid().ToString() : "1",
    };

    /// <summary>A body a caller might send, each field with an ordinary value, so a variant changes one thing.</summary>
    private JsonNode? BaselineBody(JsonElement schema, string name = "")
    {
        var resolved = Resolve(schema);
        return KindOf(resolved) switch
        {
            JsonFieldKind.Object => new JsonObject(resolved.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, BaselineBody(p.Value, p.Name)))
                : []),
            JsonFieldKind.Array => new JsonArray(),
            JsonFieldKind.Integer or JsonFieldKind.Number =>
                name switch { "assessmentTargetWorkingDays" => 10, "minutes" => 30, "version" => 0, _ => 1 },
            JsonFieldKind.Boolean => false,
            JsonFieldKind.Date => name == "birthDate" ? "1980-05-01" : "2025-06-02",
            JsonFieldKind.DateTime => "2025-06-02T10:00:00Z",
            JsonFieldKind.Uuid => name switch
            {
                "clientId" => known["clientId"],
                "employeeId" => known["employeeId"],
                _ => null,
            },
            JsonFieldKind.Enum => resolved.GetProperty("enum")[0].GetString(),
            _ => name switch
            {
                "language" => "fi",
                "email" => "hostile@example.com",
                "userName" => "hostile.nobody",
                "password" => "not the password",
                "source" => known["source"],
                "identityCode" or "requiresCode" => null,
                _ => "Hostile input",
            },
        };
    }

    /// <summary>Every field of a body, nested objects' fields too, as paths of property names.</summary>
    private IEnumerable<(string[] Path, JsonElement Schema)> Fields(JsonElement schema, string[] prefix)
    {
        var resolved = Resolve(schema);
        if (!resolved.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        foreach (var property in properties.EnumerateObject())
        {
            string[] path = [.. prefix, property.Name];
            yield return (path, property.Value);
            if (prefix.Length < 3 && KindOf(Resolve(property.Value)) == JsonFieldKind.Object)
            {
                foreach (var nested in Fields(property.Value, path))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Wrong JSON types for every field, and the values that hurt its own type; null stands for JSON null.</summary>
    private static List<string?> Hostile(JsonElement schema)
    {
        var kind = KindOf(schema);
        var values = new List<string?> { null, "{}", "[]" };
        if (kind != JsonFieldKind.Boolean)
        {
            values.Add("true");
        }

        if (kind is not (JsonFieldKind.Integer or JsonFieldKind.Number))
        {
            values.Add("5");
        }

        if (kind is not (JsonFieldKind.String))
        {
            values.Add("\"abc\"");
        }

        values.AddRange(kind switch
        {
            JsonFieldKind.String =>
                [JsonSerializer.Serialize(TenKilobytes), "\"\"", "\"   \"", "\"Matti\\u0000\\u202E\\u0007\"", "\"\\ud800\"", "\"%_'\\\"<script>\""],
            JsonFieldKind.Integer or JsonFieldKind.Number =>
                ["2147483648", "-2147483649", "-1", "0", "1.5", "1e400", "\"12\""],
            JsonFieldKind.Boolean => ["\"true\"", "1", "0"],
            JsonFieldKind.Date =>
                ["\"0001-01-01\"", "\"1582-10-10\"", "\"1899-12-31\"", "\"9999-12-31\"", "\"31.2.2026\"", "\"2026-02-31\"", "\"2026-13-01\"", "20260101", "\"\""],
            JsonFieldKind.DateTime => ["\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"yesterday\""],
            JsonFieldKind.Uuid => ["\"not-a-guid\"", $"\"{Guid.NewGuid()}\"", $"\"{Guid.Empty}\"", "\"\""],
            JsonFieldKind.Enum => ["\"NoSuchValue\"", "1", "\"1\"", "\"\"", "-1"],
            JsonFieldKind.Array =>
                ["[" + JsonSerializer.Serialize(TenKilobytes) + "]", "[1]", "[null]", "[{}]", "[[]]", "[\"\\u0000\"]", JsonSerializer.Serialize(Enumerable.Repeat("x", 1000))],
            _ => [],
        });
        return values;
    }

    private const string Marker = "hostile-value-goes-here";

    private static void Set(JsonNode body, string[] path, JsonNode? value)
    {
        var node = body;
        foreach (var name in path[..^1])
        {
            node = node[name] ??= new JsonObject();
        }

        node[path[^1]] = value;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(schemas.GetProperty(reference.GetString()!.Split('/')[^1]));
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var alternatives)
                && alternatives.EnumerateArray().FirstOrDefault(a => !IsNull(a)) is { ValueKind: JsonValueKind.Object } alternative)
            {
                return Resolve(alternative);
            }
        }

        return schema;
    }

    private static bool IsNull(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    private static JsonFieldKind KindOf(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out _))
        {
            return JsonFieldKind.Enum;
        }

        var types = !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToArray()
            : [type.GetString()];
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return types switch
        {
            _ when types.Contains("object") || schema.TryGetProperty("properties", out _) => JsonFieldKind.Object,
            _ when types.Contains("array") => JsonFieldKind.Array,
            _ when types.Contains("integer") => JsonFieldKind.Integer,
            _ when types.Contains("number") => JsonFieldKind.Number,
            _ when types.Contains("boolean") => JsonFieldKind.Boolean,
            _ when format == "date" => JsonFieldKind.Date,
            _ when format == "date-time" => JsonFieldKind.DateTime,
            _ when format == "uuid" => JsonFieldKind.Uuid,
            _ => JsonFieldKind.String,
        };
    }
}

public sealed class HostileInputTests_Development(DevelopmentSqliteFactory factory, ITestOutputHelper output)
    : HostileInputTests<DevelopmentSqliteFactory>(factory, output);

public sealed class HostileInputTests_Production(ProductionSqliteFactory factory, ITestOutputHelper output)
    : HostileInputTests<ProductionSqliteFactory>(factory, output);

/// <summary>PostgreSQL refuses some characters SQLite stores (NUL); they must still be the caller's 400.</summary>
public sealed class HostileInputTests_Postgres(PostgresFactory factory, ITestOutputHelper output)
    : HostileInputTests<PostgresFactory>(factory, output);
