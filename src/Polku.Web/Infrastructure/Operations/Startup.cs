using Microsoft.AspNetCore.DataProtection;
using Polku.Data;
using Polku.Data.Seed;

namespace Polku.Web.Infrastructure.Operations;

public static class Startup
{
    public static bool DemoDataEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>("Polku:DemoData") ?? DatabaseSetup.ProviderOf(configuration) == DatabaseProvider.Sqlite;

    /// <summary>Migrates, seeds the code lists and the instruments and, when on, loads the demo organisations.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        // Nodes starting together take turns; the first also makes the data-protection key the others then read.
        await using var turn = await DatabaseSetup.LockForPreparingAsync(db);
        await ReferenceData.PrepareAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        if (DemoDataEnabled(app.Configuration))
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync(scope.ServiceProvider.GetRequiredService<Clock>().Today);
        }

        app.Services.GetDataProtector("Polku.Startup").Protect([]);
    }

    /// <summary>Tells a newcomer where Polku runs and how to sign in.</summary>
    public static void PrintBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var output = Console.Out;
            output.WriteLine();
            output.WriteLine("Polku is running.");
            foreach (var url in app.Urls)
            {
                output.WriteLine($"  Open {url}");
            }

            output.WriteLine($"  Database: {DatabaseSetup.ProviderOf(app.Configuration)}");
            if (DemoDataEnabled(app.Configuration))
            {
                output.WriteLine($"  Demo accounts (password {DemoData.Password}):");
                foreach (var account in DemoData.Accounts)
                {
                    output.WriteLine($"    {account.UserName,-16} {account.Role,-20} {account.OrganisationCode}");
                }
            }

            output.WriteLine("  Press Ctrl+C to stop.");
            output.WriteLine();
        });
    }
}
