using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Polku.Bench.Load;

/// <summary>
/// The floors: a bare Kestrel server in the bench process that serves each page's content from its own SQL through
/// raw ADO.NET, rendered with a StringBuilder, and writes the page's audit event (one event, one row per client
/// shown) as the real page does. No sign-in: the worker and organisation come in the address.
/// </summary>
public sealed class FloorServer(WebApplication app, Uri baseUrl) : IAsyncDisposable
{
    public Uri BaseUrl { get; } = baseUrl;

    public static async Task<FloorServer> StartAsync(BenchDb db, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        foreach (var page in FloorPage.ByName.Values)
        {
            app.MapGet($"/floor/{page.Name}", (Delegate)((HttpContext context) => ServeAsync(db, page, context)));
        }

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FloorServer(app, new Uri(address));
    }

    private static async Task<IResult> ServeAsync(BenchDb db, FloorPage page, HttpContext context)
    {
        var query = context.Request.Query;
        if (!Guid.TryParse(query["user"], CultureInfo.InvariantCulture, out var userId)
            || !Guid.TryParse(query["org"], CultureInfo.InvariantCulture, out var organisationId))
        {
            return Results.BadRequest();
        }

        var cancellationToken = context.RequestAborted;
        var scope = await FloorScope.OfAsync(db, userId, organisationId, cancellationToken);
        await using var connection = await db.Source.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var visible = scope.Visible(db, command, "c");
        var search = "";
        if (query["search"].ToString() is { Length: > 0 } text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var name = "w" + i.ToString(CultureInfo.InvariantCulture);
                BenchDb.Add(command, name, "%" + words[i].ToLowerInvariant() + "%");
                search += $" and c.\"SearchName\" like @{name}";
            }
        }

        if (page.OneClient)
        {
            if (!Guid.TryParse(query["client"], CultureInfo.InvariantCulture, out var clientId))
            {
                return Results.BadRequest();
            }

            BenchDb.Add(command, "client", db.Id(clientId));
        }

        command.CommandText = string.Join(";\n", page.Sections.Select(s => s.Sql.Replace("{visible}", visible, StringComparison.Ordinal).Replace("{search}", search, StringComparison.Ordinal)));

        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>Polku</title></head><body><main>");
        var shown = new HashSet<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var first = true;
            foreach (var section in page.Sections)
            {
                if (!first)
                {
                    await reader.NextResultAsync(cancellationToken);
                }

                var rows = await RenderAsync(reader, section, html, shown, cancellationToken);
                if (first && page.OneClient && rows == 0)
                {
                    return Results.NotFound();
                }

                first = false;
            }
        }

        html.Append("</main></body></html>");
        if (shown.Count > 0)
        {
            await AuditAsync(db, connection, page.Action, scope, shown, cancellationToken);
        }

        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static async Task<int> RenderAsync(DbDataReader reader, FloorSection section, StringBuilder html, HashSet<Guid> shown, CancellationToken cancellationToken)
    {
        html.Append("<section id=\"").Append(section.Id).Append("\"><table>");
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
            html.Append("<tr>");
            for (var i = 0; i < reader.FieldCount; i++)
            {
                html.Append("<td>");
                var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                if (section.ClientColumn == i)
                {
                    var id = BenchDb.ReadId(reader, i);
                    shown.Add(id);
                    html.Append("<a href=\"clients/").Append(id.ToString()).Append("\">›</a>");
                }
                else
                {
                    html.Append(WebUtility.HtmlEncode(Text(value)));
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table></section>");
        return rows;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("d.M.yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>One audit event naming every client shown, written in one round trip.</summary>
    private static async Task AuditAsync(BenchDb db, DbConnection connection, string action, FloorScope scope, HashSet<Guid> shown, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var eventId = Guid.CreateVersion7();
        BenchDb.Add(command, "event", db.Id(eventId));
        BenchDb.Add(command, "at", db.Time(DateTimeOffset.UtcNow));
        BenchDb.Add(command, "user", db.Id(scope.UserId));
        BenchDb.Add(command, "org", db.Id(scope.OrganisationId));
        BenchDb.Add(command, "action", action);
        BenchDb.Add(command, "task", scope.ServiceTasks.Count > 0 ? scope.ServiceTasks[0] : null);
        var sql = new StringBuilder("""
            insert into "AuditEvents" ("Id", "OccurredAt", "UserId", "OrganisationId", "Action", "ServiceTaskCode", "Outcome", "RequestId")
            values (@event, @at, @user, @org, @action, @task, 'Success', null);
            insert into "AuditSubjects" ("AuditEventId", "PersonId") values 
            """);
        var i = 0;
        foreach (var id in shown)
        {
            var name = "s" + i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i++ == 0 ? "" : ", ").Append("(@event, @").Append(name).Append(')');
            BenchDb.Add(command, name, db.Id(id));
        }

        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
