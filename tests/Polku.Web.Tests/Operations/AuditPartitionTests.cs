using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Polku.Data;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>
/// On PostgreSQL the audit trail is kept in monthly partitions: a page view's event lands in its month's, the coming
/// months' are made ahead, an old month is archived by detaching it, and events from before the change are moved in.
/// </summary>
public sealed class AuditPartitionTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task A_read_lands_in_its_months_partition_and_the_coming_months_are_ready()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await api.NewClientAsync("Osiotettu");
        using (var read = await api.GetAsync($"/api/v1/clients/{clientId}"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        await using var connection = await OpenAsync();
        Assert.Equal(
            ["AuditEvents_y2026m11", "AuditEvents_y2026m12", "AuditEvents_y2027m01", "AuditEvents_y2027m02"],
            await StringsAsync(connection, """
                SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = '"AuditEvents"'::regclass AND c.relname >= 'AuditEvents_y2026m11' AND c.relname <> 'AuditEvents_default'
                ORDER BY 1
                """));
        Assert.Equal(
            ["AuditEvents_y2026m11"],
            await StringsAsync(connection, $"""
                SELECT DISTINCT e.tableoid::regclass::text FROM "AuditEvents" e JOIN "AuditSubjects" s ON s."AuditEventId" = e."Id"
                WHERE s."PersonId" = '{clientId}'
                """, unquote: true));
        Assert.Equal(
            ["AuditSubjects_y2026m11"],
            await StringsAsync(connection, $"""SELECT DISTINCT tableoid::regclass::text FROM "AuditSubjects" WHERE "PersonId" = '{clientId}'""", unquote: true));

        // Append-only through the parents and through each month's table alike.
        foreach (var table in new[] { "AuditEvents", "AuditEvents_y2026m11", "AuditSubjects_y2026m11", "AuditEvents_y2027m02", "AuditEvents_default" })
        {
            await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, $"DELETE FROM \"{table}\""));
            await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, $"TRUNCATE \"{table}\""));
        }
    }

    [Fact]
    public async Task An_old_month_is_archived_by_detaching_its_partitions_and_the_trail_goes_on()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await api.NewClientAsync("Arkistoitu");
        await using var connection = await OpenAsync();
        var eventId = Guid.NewGuid();
        await ExecuteAsync(connection, $"""
            SELECT polku_audit_partitions('2024-03-01T00:00:00Z', '2024-03-31T00:00:00Z');
            INSERT INTO "AuditEvents" ("Id", "OccurredAt", "UserId", "OrganisationId", "Action", "Outcome")
                SELECT '{eventId}', '2024-03-15T10:00:00Z', "ResponsibleWorkerId", "OrganisationId", 'Client.Read', 'Success' FROM "Clients" WHERE "Id" = '{clientId}';
            INSERT INTO "AuditSubjects" ("AuditEventId", "OccurredAt", "PersonId") VALUES ('{eventId}', '2024-03-15T10:00:00Z', '{clientId}');
            """);
        using var registrar = await factory.ApiAsync("demo.registrar");
        Assert.Contains(await TrailAsync(registrar, clientId), e => e.GetProperty("occurredAt").GetString()!.StartsWith("2024-03-15", StringComparison.Ordinal));

        // The archiving step of the README; the month's two tables stay for dumping.
        await ExecuteAsync(connection, "SELECT polku_audit_detach('2024-03-01')");
        var trail = await TrailAsync(registrar, clientId);
        Assert.DoesNotContain(trail, e => e.GetProperty("occurredAt").GetString()!.StartsWith("2024-03", StringComparison.Ordinal));
        Assert.NotEmpty(trail);
        Assert.Equal(["1 1"], await StringsAsync(connection, """SELECT (SELECT count(*) FROM "AuditEvents_y2024m03") || ' ' || (SELECT count(*) FROM "AuditSubjects_y2024m03")"""));
    }

    [Fact]
    public async Task Events_written_before_the_partitions_move_into_them()
    {
        var database = $"polku_test_{Guid.NewGuid():N}";
        await using (var server = await OpenAsync())
        {
            await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(factory.ConnectionStringForTests) { Database = database }.ToString();
        try
        {
            var options = new DbContextOptionsBuilder<PolkuDbContext>()
                .UseNpgsql(connectionString, o => o.MigrationsAssembly(DatabaseSetup.PostgresMigrations)).Options;
            await using (var db = new PolkuDbContext(options))
            {
                await db.GetService<IMigrator>().MigrateAsync("20261123173151_ArrangingServices");
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO "AuditEvents" ("Id", "OccurredAt", "Action", "Outcome")
                    VALUES ('0195a0a0-0000-7000-8000-000000000001', '2025-06-10T08:00:00Z', 'Client.Read', 'Success');
                    INSERT INTO "AuditSubjects" ("AuditEventId", "PersonId")
                    VALUES ('0195a0a0-0000-7000-8000-000000000001', '0195a0a0-0000-7000-8000-0000000000aa');
                    """);
                await db.Database.MigrateAsync();
            }

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            Assert.Equal(
                ["AuditSubjects_y2025m06 2025-06-10 08:00:00+00"],
                await StringsAsync(connection, """SELECT tableoid::regclass::text || ' ' || to_char("OccurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS+00') FROM "AuditSubjects" """, unquote: true));
            Assert.Equal(["AuditEvents_y2025m06"], await StringsAsync(connection, """SELECT tableoid::regclass::text FROM "AuditEvents" """, unquote: true));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = await OpenAsync();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task<List<JsonElement>> TrailAsync(HttpClient registrar, Guid personId)
    {
        var page = await registrar.GetFromJsonAsync<JsonElement>($"/api/v1/audit-events?personId={personId}&pageSize=100");
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(factory.ConnectionStringForTests);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> StringsAsync(NpgsqlConnection connection, string sql, bool unquote = false)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            var value = reader.GetString(0);
            values.Add(unquote ? value.Replace("\"", "", StringComparison.Ordinal) : value);
        }

        return values;
    }
}
