using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Polku.Domain.Organisations;
using Polku.Domain.People;

namespace Polku.Data.Seed;

/// <summary>
/// Demo organisations from the field reports — Vaasa with its own units and partners, and Vantaa, Espoo and
/// PHHYKY with their regional access criteria — one account per role and clients at every step so far.
/// Loaded only when <c>Polku:DemoData</c> is on; each organisation once.
/// </summary>
public sealed class DemoData(PolkuDbContext db, UserManager<UserAccount> users)
{
    public const string Password = "Polku-demo-2026";
    public const string VaasaCode = "905";

    /// <summary>The demo accounts, printed at start-up and listed in the README.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("demo.sw", "Sanna", "Virtanen", "sosiaalityöntekijä", Role.SocialWorker, VaasaCode),
        new("demo.sc", "Mikael", "Nyström", "sosiaaliohjaaja", Role.SocialCounsellor, VaasaCode),
        new("demo.lead", "Leena", "Koskinen", "johtava sosiaalityöntekijä", Role.LeadingSocialWorker, VaasaCode),
        new("demo.admin", "Antti", "Järvinen", "pääkäyttäjä", Role.Administrator, VaasaCode),
        new("demo.provider", "Paula", "Mäkelä", "ohjaaja", Role.ProviderStaff, VaasaCode, ProviderCode: "pspy"),
        new("demo.registrar", "Riitta", "Laine", "kirjaaja", Role.Registrar, VaasaCode),
        new("vantaa.sw", "Veera", "Salonen", "sosiaalityöntekijä", Role.SocialWorker, DemoRegions.VantaaCode),
        new("vantaa.sc", "Ville", "Heinonen", "sosiaaliohjaaja", Role.SocialCounsellor, DemoRegions.VantaaCode),
        new("vantaa.lead", "Tuula", "Rantanen", "johtava sosiaalityöntekijä", Role.LeadingSocialWorker, DemoRegions.VantaaCode),
        new("vantaa.sw2", "Kaisa", "Manninen", "sosiaalityöntekijä", Role.SocialWorker, DemoRegions.VantaaCode, Team: 1),
        new("vantaa.registrar", "Marja", "Hiltunen", "kirjaaja", Role.Registrar, DemoRegions.VantaaCode),
        new("vantaa.admin", "Jukka", "Vainio", "pääkäyttäjä", Role.Administrator, DemoRegions.VantaaCode),
        new("vantaa.group", "Heikki", "Toivonen", "asiakasohjausryhmän puheenjohtaja", Role.SteeringGroupMember, DemoRegions.VantaaCode),
        new("espoo.sw", "Elina", "Lindholm", "sosiaalityöntekijä", Role.SocialWorker, DemoRegions.EspooCode),
        new("espoo.sc", "Oskar", "Wikström", "sosiaaliohjaaja", Role.SocialCounsellor, DemoRegions.EspooCode),
        new("phhyky.sw", "Päivi", "Hakala", "sosiaalityöntekijä", Role.SocialWorker, DemoRegions.PhhykyCode),
        new("phhyky.sc", "Janne", "Lehtinen", "sosiaaliohjaaja", Role.SocialCounsellor, DemoRegions.PhhykyCode),
        new("sysma.sc", "Satu", "Kallio", "sosiaaliohjaaja (Sysmä)", Role.SocialCounsellor, DemoRegions.PhhykyCode),
        new("sysma.director", "Markku", "Peltonen", "sosiaalijohtaja (Sysmä)", Role.SocialDirector, DemoRegions.PhhykyCode),
        new("heinola.sc", "Anu", "Lahtinen", "sosiaaliohjaaja (Heinola)", Role.SocialCounsellor, DemoRegions.PhhykyCode),
        new("phhyky.admin", "Pekka", "Ruotsalainen", "pääkäyttäjä", Role.Administrator, DemoRegions.PhhykyCode),
    ];

    public async Task EnsureAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        foreach (var region in DemoRegions.All)
        {
            if (await db.Organisations.AnyAsync(o => o.Code == region.Organisation.Code, cancellationToken))
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Organisations.Add(region.Organisation);
            db.Organisations.AddRange(region.Partners.Select(p => p.Provider));
            db.Partnerships.AddRange(region.Partners.Select(p => new Partnership { OrganisationId = region.Organisation.Id, ProviderId = p.Provider.Id, Mode = p.Mode, Contacts = DemoServices.Contacts(p.Provider) }));
            db.Services.AddRange(DemoServices.For(region, today));
            db.AccessCriteria.AddRange(region.Criteria);
            db.DecisionChainSettings.AddRange(DemoDecisionChains.For(region.Organisation.Id, region.Organisation.Code, new DateTimeOffset(today.AddYears(-1), TimeOnly.MinValue, TimeSpan.Zero)));
            var teams = region.Organisation.Units.Where(u => u.Kind == UnitKind.Team).ToList();
            var employees = new Dictionary<string, Employee>();
            foreach (var account in Accounts.Where(a => a.OrganisationCode == region.Organisation.Code))
            {
                var provider = account.ProviderCode is null ? null : region.Partners.Single(p => p.Provider.Code == account.ProviderCode).Provider;
                employees[account.UserName] = await AddAccountAsync(account, provider?.Id ?? region.Organisation.Id, provider is null ? teams.ElementAtOrDefault(account.Team)?.Id : null, cancellationToken);
            }

            new DemoClients(db, region.Organisation, teams, employees, today).Add(region.Organisation.Code);
            if (region.Organisation.Code == VaasaCode)
            {
                new DemoCommitments(db, region.Organisation, teams, employees, today).Add();
            }

            new DemoProviderReferrals(db, region.Organisation, employees, today).Add(region.Organisation.Code);
            new DemoGroups(db, region.Organisation, employees, today).Add(region.Organisation.Code);
            new DemoQueues(db, region.Organisation, teams, employees, today).Add();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await DemoAppealInstructions.EnsureAsync(db, today, cancellationToken);
    }

    private async Task<Employee> AddAccountAsync(DemoAccount account, Guid organisationId, Guid? unitId, CancellationToken cancellationToken)
    {
        var employee = new Employee
        {
            OrganisationId = organisationId,
            UnitId = unitId,
            FirstName = account.FirstName,
            LastName = account.LastName,
            Title = account.Title,
            Email = $"{account.UserName}@example.invalid",
            Roles = [new EmployeeRole { Role = account.Role }],
            ServiceTasks = account.ProviderCode is null
                ? [new EmployeeServiceTask { ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation }]
                : [],
        };
        db.Employees.Add(employee);
        await db.SaveChangesAsync(cancellationToken);
        var result = await users.CreateAsync(new UserAccount { Id = employee.Id, UserName = account.UserName, Email = employee.Email }, Password);
        return result.Succeeded
            ? employee
            : throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
    }
}

/// <summary>A demo account; <paramref name="Team"/> is the index of the team it works in among its organisation's teams.</summary>
public sealed record DemoAccount(string UserName, string FirstName, string LastName, string Title, Role Role, string OrganisationCode, string? ProviderCode = null, int Team = 0);
