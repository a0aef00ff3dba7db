using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Polku.Data;
using Microsoft.EntityFrameworkCore;

namespace Polku.Web.Tests.Infrastructure;

/// <summary>
/// Polku on a database of its own, with demo data and a clock the test controls.
/// The same test classes run on both providers through the two subclasses below.
/// </summary>
public abstract class PolkuFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>A fixed moment, Monday 23.11.2026 at 10.00 in Finland, so dates written in tests never drift with the real clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Today in Finland by the test clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);

    /// <summary>Counts the database commands the app sends, for tests of how many round trips a page takes.</summary>
    public CommandCounter Commands { get; } = new();

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>The host environment: "Testing" here; the hostile-input tests also run as Development and Production.</summary>
    protected virtual string HostEnvironment => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(HostEnvironment);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Polku", ConnectionString);
        builder.UseSetting("Polku:DemoData", "true");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.ConfigureDbContext<PolkuDbContext>(options => options.AddInterceptors(Commands, new WholeTableWindowGuard()));
        });
    }

    public virtual Task InitializeAsync()
    {
        // Starts the host: migrations and demo data run before the first test.
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeDatabaseAsync();

    protected abstract Task DisposeDatabaseAsync();
}

public class SqliteFactory : PolkuFactory
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"polku-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={file}";

    protected override async Task DisposeDatabaseAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }
    }
}

/// <summary>Polku as <c>dotnet run</c> gives it to a newcomer: the Development environment, on SQLite.</summary>
public sealed class DevelopmentSqliteFactory : SqliteFactory
{
    protected override string HostEnvironment => "Development";
}

/// <summary>Polku as deployed: the Production environment, on SQLite.</summary>
public sealed class ProductionSqliteFactory : SqliteFactory
{
    protected override string HostEnvironment => "Production";
}

/// <summary>A fresh database on the throwaway server the test command starts (POLKU_TEST_POSTGRES).</summary>
public sealed class PostgresFactory : PolkuFactory
{
    private readonly string database = $"polku_test_{Guid.NewGuid():N}";

    protected override string Provider => "Postgres";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnection) { Database = database }.ToString();

    /// <summary>This factory's own database, for tests that look at PostgreSQL's catalogue.</summary>
    public string ConnectionStringForTests => ConnectionString;

    private static string ServerConnection => Environment.GetEnvironmentVariable("POLKU_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "POLKU_TEST_POSTGRES is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL, " +
            "or point POLKU_TEST_POSTGRES at a server where this user may create databases.");

    public override async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(ServerConnection))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnection);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>Counts every command EF Core sends, reads and writes alike.</summary>
public sealed class CommandCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public override System.Data.Common.DbCommand CommandInitialized(Microsoft.EntityFrameworkCore.Diagnostics.CommandEndEventData eventData, System.Data.Common.DbCommand result)
    {
        Interlocked.Increment(ref count);
        return result;
    }
}
