using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Polku.Domain.Common;
using Polku.Domain.Organisations;
using Polku.Domain.People;

namespace Polku.Data.Seed;

/// <summary>
/// The Vaasa demo organisation from the Vaasa field report: its own units, its partners and one
/// account per role. Loaded only when <c>Polku:DemoData</c> is on.
/// </summary>
public sealed class DemoData(PolkuDbContext db, UserManager<UserAccount> users)
{
    public const string Password = "Polku-demo-2026";
    public const string VaasaCode = "905";

    /// <summary>The demo accounts, printed at start-up and listed in the README.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("demo.sw", "Sanna", "Virtanen", "sosiaalityöntekijä", Role.SocialWorker),
        new("demo.sc", "Mikael", "Nyström", "sosiaaliohjaaja", Role.SocialCounsellor),
        new("demo.lead", "Leena", "Koskinen", "johtava sosiaalityöntekijä", Role.LeadingSocialWorker),
        new("demo.admin", "Antti", "Järvinen", "pääkäyttäjä", Role.Administrator),
        new("demo.provider", "Paula", "Mäkelä", "ohjaaja", Role.ProviderStaff, ProviderCode: "pspy"),
        new("demo.registrar", "Riitta", "Laine", "kirjaaja", Role.Registrar),
    ];

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Organisations.AnyAsync(o => o.Code == VaasaCode, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var vaasa = Vaasa();
        db.Organisations.Add(vaasa);
        var partners = VaasaPartners().ToList();
        var providers = partners.ToDictionary(p => p.Provider.Code, p => p.Provider);
        db.Organisations.AddRange(providers.Values);
        db.Partnerships.AddRange(partners.Select(p => new Partnership { OrganisationId = vaasa.Id, ProviderId = p.Provider.Id, Mode = p.Mode }));

        var adultSocialWork = vaasa.Units.Single(u => u.Kind == UnitKind.Team);
        foreach (var account in Accounts)
        {
            var provider = account.ProviderCode is null ? null : providers[account.ProviderCode];
            var employee = new Employee
            {
                OrganisationId = provider?.Id ?? vaasa.Id,
                UnitId = provider is null ? adultSocialWork.Id : null,
                FirstName = account.FirstName,
                LastName = account.LastName,
                Title = account.Title,
                Email = $"{account.UserName}@example.invalid",
                Roles = [new EmployeeRole { Role = account.Role }],
                ServiceTasks = provider is null
                    ? [new EmployeeServiceTask { ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation }]
                    : [],
            };
            db.Employees.Add(employee);
            await db.SaveChangesAsync(cancellationToken);
            var result = await users.CreateAsync(new UserAccount { Id = employee.Id, UserName = account.UserName, Email = employee.Email }, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static Organisation Vaasa()
    {
        var vaasa = new Organisation
        {
            Code = VaasaCode,
            Name = new("Vaasa", "Vasa", "Vaasa"),
            Kind = OrganisationKind.Municipality,
            Languages = ["fi", "sv"],
        };
        Unit Own(string fi, string sv, string? target = null) =>
            new() { OrganisationId = vaasa.Id, Name = new(fi, sv, fi), Kind = UnitKind.Unit, TargetGroup = target };
        vaasa.Units.AddRange(
        [
            new() { OrganisationId = vaasa.Id, Name = new("Aikuissosiaalityö", "Socialt arbete för vuxna", "Adult social work"), Kind = UnitKind.Team },
            Own("Nuorisoasema Klaara", "Ungdomsstationen Klaara", "13–24"),
            Own("Horisontti – mielenterveys- ja päihdekeskus", "Horisontti – mental- och missbrukarcenter", "25+"),
            Own("Kotikuntoutustiimi", "Hemrehabiliteringsteamet"),
            Own("Kotomaja", "Kotomaja"),
            Own("Palvelukeskus Majakka", "Servicecentret Fyren"),
            Own("Meritähti", "Sjöstjärnan"),
            Own("Arpeeti", "Arpeeti"),
            Own("Väylä", "Väylä"),
            Own("Helppari", "Helppari"),
            Own("Vuorikoti", "Bergshemmet"),
            Own("Himalaja", "Himalaja"),
        ]);
        return vaasa;
    }

    private static IEnumerable<(Organisation Provider, ProductionMode Mode)> VaasaPartners()
    {
        static Organisation Provider(string code, string fi, string sv, string language = "fi") => new()
        {
            Code = code,
            Name = new(fi, sv, fi),
            Kind = OrganisationKind.ServiceProvider,
            Languages = [language],
        };

        yield return (Provider("setlementti", "Vaasan Setlementtiyhdistys", "Vasa Settlementförening"), ProductionMode.Purchased);
        yield return (Provider("pspy", "Pohjanmaan sosiaalipsykiatrinen yhdistys", "Österbottens socialpsykiatriska förening"), ProductionMode.Purchased);
        yield return (Provider("bestis", "Vaasan Bestis ry", "Vasa Bestis rf"), ProductionMode.ThirdSector);
        yield return (Provider("folkhalsan", "Folkhälsan", "Folkhälsan", "sv"), ProductionMode.ThirdSector);
        yield return (Provider("validia", "Validia", "Validia"), ProductionMode.Purchased);
        yield return (Provider("foregangarna", "Resurscentret Föregångarna", "Resurscentret Föregångarna", "sv"), ProductionMode.Purchased);
        yield return (Provider("ehja", "EHJÄ ry", "EHJÄ rf"), ProductionMode.ThirdSector);
    }
}

public sealed record DemoAccount(string UserName, string FirstName, string LastName, string Title, Role Role, string? ProviderCode = null);
