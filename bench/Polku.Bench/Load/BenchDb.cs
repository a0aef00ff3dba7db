using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Polku.Data;

namespace Polku.Bench.Load;

/// <summary>
/// Raw ADO.NET on either database, with the few differences the floors meet: SQLite keeps ids, dates and times as
/// text (as EF Core's SQLite provider writes them), PostgreSQL as uuid, date and timestamptz.
/// </summary>
public sealed class BenchDb(DatabaseProvider provider, DbDataSource source) : IAsyncDisposable
{
    public DatabaseProvider Provider { get; } = provider;

    public DbDataSource Source { get; } = source;

    public static BenchDb Open(DatabaseProvider provider, string connectionString) => new(provider, provider switch
    {
        // Connected as the app connects (statement auto-prepare, no JIT), so a floor differs from its page only in the code.
        DatabaseProvider.Postgres => NpgsqlDataSource.Create(DatabaseSetup.PostgresConnectionString(connectionString)),
        _ => SqliteFactory.Instance.CreateDataSource(connectionString),
    });

    public object Id(Guid id) => Provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;

    public object Time(DateTimeOffset time) => Provider == DatabaseProvider.Sqlite
        ? time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)
        : time.ToUniversalTime();

    public object Date(DateOnly date) => Provider == DatabaseProvider.Sqlite ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date;

    public static Guid ReadId(DbDataReader reader, int ordinal) =>
        reader.GetValue(ordinal) is Guid id ? id : Guid.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    public static Guid? ReadOptionalId(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadId(reader, ordinal);

    public static DateOnly? ReadDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal)
        ? null
        : reader.GetValue(ordinal) switch
        {
            DateOnly date => date,
            DateTime time => DateOnly.FromDateTime(time),
            string text => DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            var other => throw new InvalidCastException($"Not a date: {other.GetType()}"),
        };

    public static string? ReadText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static bool ReadBool(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        bool b => b,
        long l => l != 0,
        var other => Convert.ToBoolean(other, CultureInfo.InvariantCulture),
    };

    public static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = await Source.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
