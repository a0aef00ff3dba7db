using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Polku.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the database provider at run time from <c>Database:Provider</c>.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrations = "Polku.Data.Sqlite";
    public const string PostgresMigrations = "Polku.Data.Postgres";
    public const string DefaultSqlite = "Data Source=data/polku.db";

    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{name}'.");
    }

    /// <summary>Reads the configuration when the first context is made, so hosts and tests may still change it.</summary>
    public static IServiceCollection AddPolkuDatabase(this IServiceCollection services, Func<IServiceProvider, string> contentRoot)
    {
        services.AddSingleton<ReferenceDataChanges>();
        services.AddDbContext<PolkuDbContext>((services, options) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            Configure(options, ProviderOf(configuration), configuration.GetConnectionString("Polku"), contentRoot(services));
            options.AddInterceptors(services.GetRequiredService<ReferenceDataChanges>());
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString, string contentRoot)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(SqliteConnectionString(connectionString, contentRoot), o => o.MigrationsAssembly(SqliteMigrations));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(PostgresConnectionString(connectionString), o => o.MigrationsAssembly(PostgresMigrations));
                break;
        }
    }

    /// <summary>Resolves a relative file against the content root and makes sure its folder exists.</summary>
    public static string SqliteConnectionString(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString ?? DefaultSqlite) { Pooling = true };
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Turns on statement auto-prepare, turns off the JIT compiler and skips the session reset of a pooled connection,
    /// unless the operator chose otherwise. Polku's queries are short; compiling one costs tens of milliseconds, more
    /// than running it, whenever the planner's estimate crosses the JIT threshold (a list over a large organisation
    /// does). The reset sends seven statements before each query of a request, and Polku leaves no session state to
    /// reset: it sets no parameters and holds its one advisory lock on a connection of its own.
    /// </summary>
    public static string PostgresConnectionString(string? connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString
            ?? throw new InvalidOperationException("ConnectionStrings:Polku is required when Database:Provider is Postgres."));
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 20;
        }

        if (!connectionString.Contains("Reset", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        if (string.IsNullOrEmpty(builder.Options) || !builder.Options.Contains("jit", StringComparison.Ordinal))
        {
            builder.Options = $"{builder.Options} -c jit=off".Trim();
        }

        return builder.ToString();
    }

    /// <summary>Any fixed number: the key of PostgreSQL's advisory lock that app nodes take to prepare the database.</summary>
    private const long PrepareLockKey = 0x506F6C6B75; // "Polku"

    /// <summary>
    /// On PostgreSQL, waits for and holds the database's start-up lock until disposed, so app nodes starting at the same
    /// time migrate and seed one after another: EF's own migration lock does not cover a fresh database, and the seeds
    /// check before they insert. The lock is the session's (a connection of its own, not pooled), so a node that dies
    /// while holding it lets the next one go. SQLite has one process per file and needs none.
    /// </summary>
    public static async Task<IAsyncDisposable> LockForPreparingAsync(PolkuDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return NoLock.Instance;
        }

        // Migrate used to create a missing database; it has to exist before it can be locked.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node created it just now.
            }
        }

        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", PrepareLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Applies migrations; on SQLite also switches the file to write-ahead logging.</summary>
    public static async Task MigrateAsync(PolkuDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // A migration may move a large table (the audit trail into its partitions): no 30-second command limit.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        await db.Database.MigrateAsync(cancellationToken);
        db.Database.SetCommandTimeout(timeout);
    }
}
