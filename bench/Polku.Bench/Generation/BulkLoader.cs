using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Polku.Data;

namespace Polku.Bench.Generation;

/// <summary>Rows written to one table and the time spent writing them.</summary>
public sealed class TableStats(string table)
{
    public string Table { get; } = table;

    public long Rows { get; set; }

    public TimeSpan Elapsed { get; set; }

    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Writes entities to their tables in bulk, as the EF model maps them (<see cref="TableMap"/>), on the context's own
/// connection: binary COPY on PostgreSQL, one prepared INSERT per table in large transactions on SQLite.
/// </summary>
public abstract class BulkLoader(PolkuDbContext db) : IAsyncDisposable
{
    private readonly Dictionary<string, TableMap> maps = [];
    private readonly List<TableStats> stats = [];

    protected PolkuDbContext Db { get; } = db;

    public IReadOnlyList<TableStats> Stats => stats;

    public static async Task<BulkLoader> OpenAsync(PolkuDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return db.Database.IsNpgsql() ? new PostgresLoader(db) : new SqliteLoader(db);
    }

    public Task LoadAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var entityType = Db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var key = entityType.Name;
        if (!maps.TryGetValue(key, out var map))
        {
            map = maps[key] = TableMap.For(entityType);
        }

        return LoadAsync(map, rows, cancellationToken);
    }

    public async Task LoadAsync(TableMap map, IEnumerable<object> rows, CancellationToken cancellationToken = default)
    {
        var table = stats.Find(s => s.Table == map.Table);
        if (table is null)
        {
            stats.Add(table = new TableStats(map.Table));
        }

        var clock = Stopwatch.StartNew();
        table.Rows += await WriteAsync(map, rows, cancellationToken);
        table.Elapsed += clock.Elapsed;
    }

    protected abstract Task<long> WriteAsync(TableMap map, IEnumerable<object> rows, CancellationToken cancellationToken);

    protected string Quote(string name, string? schema = null) => Db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name, schema);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private sealed class PostgresLoader(PolkuDbContext db) : BulkLoader(db)
    {
        protected override async Task<long> WriteAsync(TableMap map, IEnumerable<object> rows, CancellationToken cancellationToken)
        {
            var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
            var columns = string.Join(", ", map.Columns.Select(c => Quote(c.Name)));
            await using var import = await connection.BeginBinaryImportAsync(
                $"COPY {Quote(map.Table, map.Schema)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            var count = Copy(import, map, rows);
            await import.CompleteAsync(cancellationToken);
            return count;
        }

        private static long Copy(NpgsqlBinaryImporter import, TableMap map, IEnumerable<object> rows)
        {
            long count = 0;
            foreach (var row in rows)
            {
                import.StartRow();
                foreach (var column in map.Columns)
                {
                    if (column.Value(row) is { } value)
                    {
                        import.Write(value, column.DataTypeName);
                    }
                    else
                    {
                        import.WriteNull();
                    }
                }

                count++;
            }

            return count;
        }
    }

    private sealed class SqliteLoader(PolkuDbContext db) : BulkLoader(db)
    {
        private const int RowsPerTransaction = 200_000;
        private readonly Dictionary<string, (DbCommand Command, DbParameter[] Parameters)> commands = [];

        protected override async Task<long> WriteAsync(TableMap map, IEnumerable<object> rows, CancellationToken cancellationToken)
        {
            var connection = (SqliteConnection)Db.Database.GetDbConnection();
            var (command, parameters) = Prepared(connection, map);
            long count = 0;
            var transaction = connection.BeginTransaction();
            try
            {
                command.Transaction = transaction;
                foreach (var row in rows)
                {
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        parameters[i].Value = map.Columns[i].Value(row) ?? DBNull.Value;
                    }

                    command.ExecuteNonQuery();
                    if (++count % RowsPerTransaction == 0)
                    {
                        transaction.Commit();
                        transaction.Dispose();
                        transaction = connection.BeginTransaction();
                        command.Transaction = transaction;
                    }
                }

                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                await transaction.DisposeAsync();
            }

            return count;
        }

        private (DbCommand, DbParameter[]) Prepared(SqliteConnection connection, TableMap map)
        {
            if (commands.TryGetValue(map.Table, out var prepared))
            {
                return prepared;
            }

            var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO {Quote(map.Table)} ({string.Join(", ", map.Columns.Select(c => Quote(c.Name)))}) " +
                $"VALUES ({string.Join(", ", map.Columns.Select((_, i) => $"$p{i}"))})";
            // Each parameter configured by the column's type mapping, as EF configures its own (a Guid as text, a date as text).
            var parameters = map.Columns.Select((c, i) => c.Mapping.CreateParameter(command, $"$p{i}", null)).ToArray();
            command.Parameters.AddRange(parameters);
            command.Prepare();
            commands[map.Table] = (command, parameters);
            return commands[map.Table];
        }

        public override async ValueTask DisposeAsync()
        {
            foreach (var (command, _) in commands.Values)
            {
                await command.DisposeAsync();
            }

            await base.DisposeAsync();
        }
    }
}
