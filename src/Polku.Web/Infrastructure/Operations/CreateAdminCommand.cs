using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Organisations;
using Polku.Domain.People;

namespace Polku.Web.Infrastructure.Operations;

/// <summary>
/// <c>create-admin</c>: the first administrator of an empty production database, and their organisation.
/// The password comes from POLKU_ADMIN_PASSWORD or the first line of standard input, never from the command line.
/// </summary>
public static class CreateAdminCommand
{
    public const string Usage =
        "Usage: create-admin --user-name NAME --first-name FIRST --last-name LAST --organisation-code CODE " +
        "[--organisation-name NAME] [--organisation-kind Municipality|WellbeingServicesCounty] [--languages fi,sv]\n" +
        "The password is read from POLKU_ADMIN_PASSWORD or from standard input.";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        var options = ParseOptions(args);
        string[] required = ["user-name", "first-name", "last-name", "organisation-code"];
        var missing = required.Where(name => !options.ContainsKey(name)).ToArray();
        if (missing.Length > 0)
        {
            await output.WriteLineAsync($"Missing: {string.Join(", ", missing.Select(m => "--" + m))}\n{Usage}");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("POLKU_ADMIN_PASSWORD") ?? await input.ReadLineAsync() ?? "";
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        await Data.Seed.ReferenceData.PrepareAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());

        if (await users.FindByNameAsync(options["user-name"]) is not null)
        {
            await output.WriteLineAsync($"User {options["user-name"]} already exists.");
            return 1;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var organisation = await FindOrCreateOrganisationAsync(db, options);
        var employee = new Employee
        {
            OrganisationId = organisation.Id,
            FirstName = options["first-name"],
            LastName = options["last-name"],
            Title = options.GetValueOrDefault("title", "pääkäyttäjä"),
            Roles = [new EmployeeRole { Role = Role.Administrator }],
        };
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        var result = await users.CreateAsync(new UserAccount { Id = employee.Id, UserName = options["user-name"] }, password);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync("Not created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        await transaction.CommitAsync();
        await output.WriteLineAsync($"Administrator {options["user-name"]} created in {organisation.Name.Fi} ({organisation.Code}).");
        return 0;
    }

    private static async Task<Organisation> FindOrCreateOrganisationAsync(PolkuDbContext db, Dictionary<string, string> options)
    {
        var code = options["organisation-code"];
        var existing = await db.Organisations.SingleOrDefaultAsync(o => o.Code == code);
        if (existing is not null)
        {
            return existing;
        }

        var name = options.GetValueOrDefault("organisation-name", code);
        var organisation = new Organisation
        {
            Code = code,
            Name = new(name, name, name),
            Kind = Enum.TryParse<OrganisationKind>(options.GetValueOrDefault("organisation-kind"), out var kind) ? kind : OrganisationKind.Municipality,
            Languages = options.GetValueOrDefault("languages", "fi").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        };
        db.Organisations.Add(organisation);
        return organisation;
    }

    /// <summary>"--name value" pairs, as every command takes its options.</summary>
    internal static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }

        return options;
    }
}
