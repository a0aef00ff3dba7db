using System.Globalization;
using Polku.Domain.Clients;
using Polku.Domain.Decisions;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Services;

namespace Polku.Data.Seed;

/// <summary>
/// Vaasa's referrals to providers and its own path (Vuorikoti → Himalaja → wage subsidy → labour market): a client who
/// worked at Vuorikoti and moved on to Himalaja, with the moves recorded on his paths; a young client's referral to
/// Työpaja Upseeri waiting for the provider's answer; and one the provider declined for want of room. Each rests on a
/// granting decision made the lawful way (<see cref="DemoDecisions.GrantedInPerson"/>). The services are this
/// transaction's catalogue (<see cref="DemoServices"/>).
/// </summary>
internal sealed class DemoProviderReferrals(PolkuDbContext db, Organisation organisation, IReadOnlyDictionary<string, Employee> staff, DateOnly today)
{
    /// <summary>Temporary individual numbers after those <see cref="DemoClients"/> uses.</summary>
    private int individualNumber = 980;

    public void Add(string organisationCode)
    {
        if (organisationCode != DemoData.VaasaCode)
        {
            return;
        }

        var vaasaPath = PathTemplates.Vaasa(organisation.Id);
        db.PathTemplates.Add(vaasaPath);
        PathTemplate[] templates = [PathTemplates.General(), vaasaPath];
        var worker = staff["demo.sw"];
        var provider = staff["demo.provider"];
        var decisions = new DemoDecisions(db, organisation, staff, today);

        // Kangas Marko worked at Vuorikoti for half a year and moved on to Himalaja two months ago: his page shows Vaasa's path.
        var marko = Person("Kangas", "Marko", new DateOnly(1987, 3, 9), worker);
        var vuorikotiStart = Weekday(today.AddMonths(-8));
        var himalajaStart = Weekday(today.AddMonths(-2));
        var first = decisions.GrantedInPerson(marko, "rehabilitative-work-activity", "Vuorikodin työtoiminta, Vaasan kaupunki", Weekday(vuorikotiStart.AddDays(-10)), 7,
            "Marko on ollut työttömänä yli kaksi vuotta ja saa työmarkkinatukea. Aktivointisuunnitelmassa sovittiin kuntouttavasta työtoiminnasta "
            + "ennen työllistymistä. Lain kuntouttavasta työtoiminnasta (189/2001) 2 §:n mukaan toiminnalla parannetaan elämänhallintaa ja edellytyksiä työllistyä.",
            "Marko Kankaalle myönnetään kuntouttavaa työtoimintaa Vuorikodissa kolmena päivänä viikossa");
        var second = decisions.GrantedInPerson(marko, "rehabilitative-work-activity", "Himalajan työtoiminta, Vaasan kaupunki", Weekday(himalajaStart.AddDays(-10)), 6,
            "Vuorikodin työtoiminta on sujunut hyvin, ja Marko on valmis vaativampiin tehtäviin. Aktivointisuunnitelmaa tarkistettaessa sovittiin "
            + "siirtymisestä Himalajan työtoimintaan (189/2001 2 § ja 6 §).",
            "Marko Kankaalle myönnetään kuntouttavaa työtoimintaa Himalajassa neljänä päivänä viikossa");
        var uses = new List<ServiceUse>();
        var vuorikoti = Referral(marko, Service("vuorikoti"), first, DisclosureBasis.Law, "", worker, vuorikotiStart.AddDays(-5));
        vuorikoti.Accept(worker.Id, vuorikotiStart.AddDays(-3));
        Start(vuorikoti, Service("vuorikoti"), worker, vuorikotiStart, templates, uses);
        vuorikoti.End(ServiceOutcome.MovedOn, "Siirtyi Himalajan työtoimintaan: Vuorikodin tehtävät sujuvat, valmis vaativampiin.", worker.Id, himalajaStart.AddDays(-1));
        uses[^1] = uses[^1] with { EndedOn = himalajaStart.AddDays(-1) };
        var himalaja = Referral(marko, Service("himalaja"), second, DisclosureBasis.Law, "", worker, himalajaStart.AddDays(-5));
        Start(himalaja, Service("himalaja"), worker, himalajaStart, templates, uses);

        // Aho Jesse, 21: a granting workshop decision a week ago and a referral to Työpaja Upseeri that waits for demo.provider.
        var jesse = Person("Aho", "Jesse", today.AddYears(-21).AddDays(-75), worker);
        var upseeri = Service("upseeri");
        var workshop = decisions.GrantedInPerson(jesse, "workshop-activity", "Työpaja Upseeri, Pohjanmaan sosiaalipsykiatrinen yhdistys", Weekday(today.AddDays(-8)), 6,
            "Jesse keskeytti ammattiopiston ja on ollut vuoden ilman opiskelu- tai työpaikkaa. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan "
            + "sosiaaliseen kuntoutukseen kuuluu nuorten kuntouttava työpajatoiminta; Työpaja Upseeri on tarkoitettu 18–29-vuotiaille.",
            "Jesse Aholle myönnetään työpajatoimintaa Työpaja Upseerissa kolmena päivänä viikossa");
        Referral(jesse, upseeri, workshop, DisclosureBasis.Consent, $"Suullinen suostumus tapaamisessa {D(Weekday(today.AddDays(-8)))}", worker, Weekday(today.AddDays(-3)));

        // Ojala Veera, 24: Upseeri declined for want of room; on demo.sw's front page until another place is found.
        var veera = Person("Ojala", "Veera", today.AddYears(-24).AddDays(-200), worker);
        var hers = decisions.GrantedInPerson(veera, "workshop-activity", "Työpaja Upseeri, Pohjanmaan sosiaalipsykiatrinen yhdistys", Weekday(today.AddDays(-20)), 6,
            "Veera on ollut kotona kaksi vuotta lukion jälkeen, ja päivärytmi on hajonnut. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan "
            + "sosiaaliseen kuntoutukseen kuuluu nuorten kuntouttava työpajatoiminta.",
            "Veera Ojalalle myönnetään työpajatoimintaa Työpaja Upseerissa kolmena päivänä viikossa");
        var declined = Referral(veera, upseeri, hers, DisclosureBasis.Consent, $"Kirjallinen suostumus {D(Weekday(today.AddDays(-20)))}", worker, Weekday(today.AddDays(-18)));
        declined.Decline("Upseerin ryhmät ovat täynnä helmikuuhun asti; Föregångarna tai Auran ryhmä voisi sopia sitä ennen.", provider.Id, Weekday(today.AddDays(-12)));
    }

    private Service Service(string code) => db.Services.Local.Single(s => s.OrganisationId == organisation.Id && s.Code == code);

    private Client Person(string lastName, string firstNames, DateOnly birthDate, Employee worker)
    {
        var client = new Client
        {
            OrganisationId = organisation.Id,
            UnitId = worker.UnitId,
            ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation,
            IdentityCode = PersonalIdentityCode.Create(birthDate, individualNumber++).Value,
            BirthDate = birthDate,
            FirstNames = firstNames,
            LastName = lastName,
            Language = "fi",
            Municipality = organisation.Name.Fi,
            RegisteredAt = DateTime.SpecifyKind(today.AddYears(-1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
            ResponsibleWorkerId = worker.Id,
        };
        client.Rename(firstNames, lastName);
        db.Clients.Add(client);
        db.ResponsibleWorkerAssignments.Add(new ResponsibleWorkerAssignment
        {
            ClientId = client.Id, EmployeeId = worker.Id, StartedAt = client.RegisteredAt, AssignedBy = worker.Id,
        });
        return client;
    }

    /// <summary>Sent as the handlers send one: the summary of the decision travels, nothing else of the record.</summary>
    private ProviderReferral Referral(Client client, Service service, Decision decision, DisclosureBasis disclosure, string note, Employee worker, DateOnly on)
    {
        var type = DecisionTypes.Find(decision.Content.TypeCode)!;
        var summary = $"{type.Name.Fi} {D(decision.Content.StartsOn)}–{D(decision.Content.EndsOn)}. {decision.Content.Decided}";
        var referral = ProviderReferral.Send(organisation.Id, client.Id, service, decision.Id, disclosure, note, summary, [], worker.Id, on);
        db.ProviderReferrals.Add(referral);
        return referral;
    }

    /// <summary>Starts the service and records the client's moves on the paths, as the path recorder does.</summary>
    private void Start(ProviderReferral referral, Service service, Employee by, DateOnly on, IEnumerable<PathTemplate> templates, List<ServiceUse> uses)
    {
        foreach (var template in templates)
        {
            if (ServicePaths.TransitionOnStart(template, uses, service.Type, service.Code) is { } move)
            {
                db.PathTransitions.Add(new PathTransition
                {
                    OrganisationId = organisation.Id, ClientId = referral.ClientId, TemplateCode = template.Code, FromStep = move.From, ToStep = move.To, On = on, ServiceId = service.Id,
                });
            }
        }

        referral.Start(by.Id, on);
        uses.Add(new ServiceUse(service.Type, service.Code, on, null));
    }

    /// <summary>The day itself, or the Monday after when it falls on a weekend.</summary>
    private static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static string D(DateOnly? date) => date?.ToString("d.M.yyyy", CultureInfo.InvariantCulture) ?? "";
}
