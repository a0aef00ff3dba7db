using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Polku.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PolkuDbContext>
{
    public PolkuDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PolkuDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, "Data Source=:memory:", Directory.GetCurrentDirectory());
        return new PolkuDbContext(options.Options);
    }
}
