using System.Globalization;
using Polku.Domain.Clients;
using Polku.Domain.Decisions;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Services;

namespace Polku.Data.Seed;

/// <summary>
/// Vaasa's payment commitments to its purchased-service providers, dated relative to today: a young client's Työpaja
/// Upseeri commitment ending in 18 days — so the warning shows on demo.sw's front page and on the provider's
/// (demo.provider at Pohjanmaan sosiaalipsykiatrinen yhdistys) — and a Validia day-activity commitment ending in
/// about four months. Each rests on a signed granting decision, and the workshop on a started referral to the provider.
/// </summary>
internal sealed class DemoCommitments(PolkuDbContext db, Organisation organisation, IReadOnlyList<Unit> teams, IReadOnlyDictionary<string, Employee> staff, DateOnly today)
{
    /// <summary>Days from today to the end of the workshop commitment: inside the 30-day warning window.</summary>
    public const int WorkshopEndsInDays = 18;

    public void Add()
    {
        var worker = staff["demo.sw"];
        var provider = staff["demo.provider"];
        var decisions = new DemoDecisions(db, organisation, staff, today);
        var upseeri = db.Services.Local.Single(s => s.OrganisationId == organisation.Id && s.Code == "upseeri");
        var validia = db.Services.Local.Single(s => s.OrganisationId == organisation.Id && s.Code == "validia");

        // Laine Joonas, 22: half a year at the workshop, three days a week; the commitment ends in 18 days.
        var young = Person("Laine", "Joonas", today.AddYears(-22).AddDays(-75), 990, worker);
        var ends = today.AddDays(WorkshopEndsInDays);
        var starts = ends.AddMonths(-6).AddDays(1);
        var workshop = decisions.SignedGrant(young, starts.AddDays(-7), new DecisionContent
        {
            TypeCode = "workshop-activity",
            Service = "Työpaja Upseeri, Pohjanmaan sosiaalipsykiatrinen yhdistys",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Joonas on ollut kaksi vuotta ilman opiskelu- tai työpaikkaa, ja hänen päivärytminsä on hajonnut. Palvelutarpeen arvioinnissa "
                + "todettiin tarve tavoitteelliseen, säännölliseen toimintaan. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen "
                + "kuntoutukseen kuuluu nuorten kuntouttava työpajatoiminta. Työpaja Upseeri on tarkoitettu 18–29-vuotiaille.",
            Decided = $"Joonas Laineelle myönnetään työpajatoimintaa Työpaja Upseerissa {D(starts)}–{D(ends)} kolmena päivänä viikossa.",
            Language = "fi",
        });
        var referral = ProviderReferral.Send(
            organisation.Id, young.Id, upseeri, workshop.Id, DisclosureBasis.Law, "Järjestäjän oma ostopalvelu (703/2023 18 §)",
            "Työpajatoiminta kolmena päivänä viikossa.", ["Säännöllinen päivärytmi", "Haku ammatilliseen koulutukseen"], worker.Id, starts.AddDays(-5));
        referral.Start(provider.Id, starts);
        db.ProviderReferrals.Add(referral);
        var workshopCommitment = PaymentCommitment.Create(
            young.Id, workshop.Id, upseeri.ProviderId!.Value, upseeri.Id, starts, ends, upseeri.UnitPrice!.Value, upseeri.PriceUnit!.Value, maxUnits: 78, unitsUsed: 64,
            organisationId: organisation.Id, createdById: worker.Id, createdOn: starts.AddDays(-5));
        workshopCommitment.ProviderReferralId = referral.Id;
        db.PaymentCommitments.Add(workshopCommitment);

        // Kallio Marketta, 46: bilingual day activity at Validia, a month at a time; about four months left.
        var adult = Person("Kallio", "Marketta", today.AddYears(-46).AddDays(-130), 991, worker);
        var dayStarts = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        var dayEnds = dayStarts.AddMonths(6).AddDays(-1);
        var dayActivity = decisions.SignedGrant(adult, dayStarts.AddDays(-10), new DecisionContent
        {
            TypeCode = "disability-day-and-work-activity",
            Service = "Validian päivätoiminta",
            Outcome = DecisionOutcome.Granted,
            StartsOn = dayStarts,
            EndsOn = dayEnds,
            Reasons =
                "Marketalla on kehitysvamma, ja hän asuu tuetusti. Hän tarvitsee päivään säännöllistä, ohjattua toimintaa. Kehitysvammaisten "
                + "erityishuollosta annetun lain (519/1977) 2 §:n mukaan erityishuoltoon kuuluu työtoiminta ja päivätoiminta.",
            Decided = $"Marketta Kalliolle myönnetään päivätoimintaa Validiassa {D(dayStarts)}–{D(dayEnds)}.",
            Language = "fi",
        });
        db.PaymentCommitments.Add(PaymentCommitment.Create(
            adult.Id, dayActivity.Id, validia.ProviderId!.Value, validia.Id, dayStarts, dayEnds, validia.UnitPrice!.Value, validia.PriceUnit!.Value, maxUnits: 6, unitsUsed: 2,
            organisationId: organisation.Id, createdById: worker.Id, createdOn: dayStarts.AddDays(-8)));
    }

    private Client Person(string lastName, string firstNames, DateOnly birthDate, int individualNumber, Employee worker)
    {
        var client = new Client
        {
            OrganisationId = organisation.Id,
            UnitId = teams.Count > 0 ? teams[0].Id : null,
            ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation,
            IdentityCode = PersonalIdentityCode.Create(birthDate, individualNumber).Value,
            BirthDate = birthDate,
            FirstNames = firstNames,
            LastName = lastName,
            Language = "fi",
            Municipality = organisation.Name.Fi,
            RegisteredAt = DateTime.SpecifyKind(today.AddMonths(-8).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
            ResponsibleWorkerId = worker.Id,
        };
        client.Rename(firstNames, lastName);
        db.Clients.Add(client);
        db.ResponsibleWorkerAssignments.Add(new ResponsibleWorkerAssignment
        {
            ClientId = client.Id, EmployeeId = worker.Id, StartedAt = new DateTimeOffset(today.AddMonths(-8).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), AssignedBy = worker.Id,
        });
        return client;
    }

    private static string D(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
}
