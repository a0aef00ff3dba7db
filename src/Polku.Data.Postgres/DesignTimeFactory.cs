using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Polku.Data.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PolkuDbContext>
{
    public PolkuDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PolkuDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=polku_design", Directory.GetCurrentDirectory());
        return new PolkuDbContext(options.Options);
    }
}
