using Polku.Domain.Assessments;
using Polku.Domain.Calendar;
using Polku.Domain.ClientRecord;
using Polku.Domain.Clients;
using Polku.Domain.Organisations;
using Polku.Domain.Instruments;
using Polku.Domain.People;
using Polku.Domain.Plans;
using Polku.Domain.Referrals;

namespace Polku.Data.Seed;

/// <summary>Demo clients at the first steps of the process, dated relative to today so deadlines stay meaningful.</summary>
internal sealed class DemoClients(PolkuDbContext db, Organisation organisation, IReadOnlyList<Unit> teams, IReadOnlyDictionary<string, Employee> staff, DateOnly today)
{
    private int individualNumber = 900;

    public void Add(string organisationCode)
    {
        switch (organisationCode)
        {
            case DemoData.VaasaCode:
                AddVaasa();
                break;
            case DemoRegions.VantaaCode:
                Referred(Person("Koivisto", "Aleksi", new DateOnly(1996, 8, 21)), "employment-services", 2, "Pitkään työttömänä, eristäytynyt kotiin.", staff["vantaa.sw"]);
                Referred(Person("Nieminen", "Sari", new DateOnly(1983, 1, 9)), "health-services", 6, "Mielenterveyskuntoutuja, hoitokontakti psykiatrian poliklinikalla.", staff["vantaa.sc"]);
                // Clients of the other team: hidden from the Tikkurila team until a worker states a reason.
                Referred(Person("Hyvönen", "Tero", new DateOnly(1990, 4, 2), team: 1), "kela", 4, "Kuntoutustuki päättynyt, tarvitsee tukea arkeen.", staff["vantaa.sw2"]);
                Referred(Person("Ahonen", "Minna", new DateOnly(1986, 9, 25), team: 1), "self", 1, "Haluaa päästä mukaan ryhmätoimintaan.", null);
                break;
            case DemoRegions.EspooCode:
                Referred(Person("Lindqvist", "Emil", new DateOnly(2004, 2, 17), "sv"), "te-office", 1, "Ung vuxen utan studieplats, behöver stöd i vardagen.", staff["espoo.sc"]);
                Referred(Person("Turunen", "Anna", new DateOnly(1979, 10, 30)), "housing-services", 4, "Vuokrarästejä, asuminen uhattuna.", staff["espoo.sw"]);
                break;
            case DemoRegions.PhhykyCode:
                Referred(Person("Mäkelä", "Petri", new DateOnly(1971, 6, 5)), "kela", 3, "Kuntoutusraha päättynyt, arki ei suju.", staff["phhyky.sw"]);
                Referred(Person("Saarinen", "Noora", new DateOnly(2001, 12, 12)), "relative", 0, "Äiti huolissaan tyttären vetäytymisestä.", null);
                break;
        }
    }

    private void AddVaasa()
    {
        var socialWorker = staff["demo.sw"];
        var counsellor = staff["demo.sc"];

        // A 19-year-old referred by the TE office this month: assessed, with an agreed plan of three GAS goals whose
        // first review is due in a few days (the worker chose a short interval for a young client).
        var young = Person("Mäkinen", "Eetu", today.AddYears(-19).AddDays(-40));
        var youngReferral = Referred(young, "te-office", 14, "Nuori ilman opiskelupaikkaa, kaipaa tukea arkeen ja jatkopolkuun (esim. Työpaja Upseeri).", socialWorker);
        var youngAssessment = Assessed(young, youngReferral, socialWorker, 12, 10, new AssessmentContent(
            "Haluan saada päivät rullaamaan ja päästä opiskelemaan.", "Päivärytmi puuttuu, ei opiskelupaikkaa; motivoitunut työpajaan.",
            SupportNature.Recurring, false, ["local:work-study", "local:daily-life"], ["social-services-client", "own-request"], true,
            "Työpaja Upseeri (18–29), yksilöohjaus.", "Tavoitteellinen tuki auttaa kiinnittymään opiskeluun."));
        AgreedPlan(young, youngAssessment, socialWorker, WorkingDaysAgo(9), DemoPlans.Young(today.AddDays(9)));
        // The life-situation wheel as Eetu rated it when the plan was made and again after two weeks at the workshop.
        Measured(young, socialWorker, MeasurementStage.Initial, WorkingDaysAgo(9), [3, 2, 6, 8, 4, 5, 3, 2, 4]);
        Measured(young, socialWorker, MeasurementStage.FollowUp, WorkingDaysAgo(1), [3, 3, 6, 8, 5, 6, 5, 4, 6]);

        // A Swedish-speaking client with a plan in Swedish agreed five months ago, whose review is overdue.
        var swedish = Person("Björkqvist", "Linnea", new DateOnly(1988, 3, 14), "sv");
        var referral = Referred(swedish, "health-services", 120, "Klienten har varit sjukskriven länge och vill komma ut bland folk.", counsellor);
        var swedishAssessment = Assessed(swedish, referral, counsellor, 117, 112, new AssessmentContent(
            "Jag vill hitta något meningsfullt att göra om dagarna.", "Lång sjukskrivning, ensamhet; vill delta i tvåspråkig dagverksamhet.",
            SupportNature.Recurring, false, ["local:loneliness"], ["social-services-client", "own-request"], true,
            "Palvelukeskus Majakka (tvåspråkig dagverksamhet).", "Målinriktat stöd minskar ensamheten."));
        AgreedPlan(swedish, swedishAssessment, counsellor, WorkingDaysAgo(110), DemoPlans.Swedish(today.AddDays(-3)));
        Measured(swedish, counsellor, MeasurementStage.Initial, WorkingDaysAgo(110), [7, 5, 4, 9, 4, 3, 7, 3, 2]);

        // A newly arrived client who has no henkilötunnus yet.
        var newcomer = Person("Karimi", "Ahmad", new DateOnly(1990, 5, 12), "fa", identityCode: false);
        newcomer.InterpreterNeeded = true;
        Referred(newcomer, "other-authority", 1, "Kotomajan kautta: tarvitsee tukea asioiden hoitamiseen ja suomen kielen ryhmään.", null);

        // A client in need of special support whose referral has waited past its deadline.
        var special = Person("Laaksonen", "Jari", new DateOnly(1975, 11, 2));
        special.NeedsSpecialSupport = true;
        Referred(special, "housing-services", 15, "Asumisyksiköstä: ei pysty itse hakemaan tarvitsemiaan palveluja.", socialWorker);

        // A client assessed earlier, with record entries.
        // She has a non-disclosure order (turvakielto): only demo.sw, her responsible worker, sees her address.
        var assessed = Person("Heikkinen", "Mari", new DateOnly(1992, 7, 3));
        assessed.Address = "Esimerkkikuja 3 B 12, 65100 Vaasa";
        assessed.NonDisclosure = true;
        var earlier = Referred(assessed, "self", 30, "Haluaa päästä mukaan ryhmätoimintaan.", socialWorker);
        var done = new Assessment { OrganisationId = organisation.Id, ClientId = assessed.Id, ReferralId = earlier.Id, AuthorId = socialWorker.Id, StartedOn = WorkingDaysAgo(27) };
        done.Update(new AssessmentContent(
            "Haluan rytmiä päiviin ja tutustua uusiin ihmisiin.", "Yksinäisyys ja päivärytmin puute; motivoitunut ryhmätoimintaan.",
            SupportNature.LongTerm, false, ["local:loneliness", "local:daily-life"], ["social-services-client", "own-request"], true,
            "Ryhmämuotoinen kuntouttava työtoiminta (Aura), ohjaus Meritähden avoimeen ryhmään.", "Tavoitteellinen tuki vahvistaa osallisuutta."));
        done.Complete(WorkingDaysAgo(20));
        db.Assessments.Add(done);
        earlier.StartAssessment(done.Id);
        earlier.Close();
        Entry(assessed, socialWorker, EntryKind.HomeVisit, 19, 90, "Kotikäynti: tutustuttu arkeen, sovittu ryhmään tutustumisesta.");
        Entry(assessed, socialWorker, EntryKind.GuidanceToLowThresholdGroup, 12, 30, "Ohjattu Meritähden avoimeen ryhmään (ei päätöstä tarvita).");
    }

    private Assessment Assessed(Client client, Referral referral, Employee author, int startedDaysAgo, int completedDaysAgo, AssessmentContent content)
    {
        var assessment = new Assessment { OrganisationId = organisation.Id, ClientId = client.Id, ReferralId = referral.Id, AuthorId = author.Id, StartedOn = WorkingDaysAgo(startedDaysAgo) };
        assessment.Update(content);
        assessment.Complete(WorkingDaysAgo(completedDaysAgo));
        db.Assessments.Add(assessment);
        referral.StartAssessment(assessment.Id);
        referral.Close();
        return assessment;
    }

    private void AgreedPlan(Client client, Assessment assessment, Employee worker, DateOnly agreedOn, PlanContent content)
    {
        var at = new DateTimeOffset(agreedOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var plan = ClientPlan.Start(organisation.Id, client.Id, assessment.Id, "", worker.Id, agreedOn, content with { StartsOn = agreedOn }, at);
        plan.Agree(worker.Id, agreedOn, at);
        db.Plans.Add(plan);
    }

    /// <summary>A client's own rating on the life-situation wheel, one score per domain in the wheel's order.</summary>
    private void Measured(Client client, Employee worker, MeasurementStage stage, DateOnly on, int[] scores)
    {
        var wheel = db.Instruments.Single(i => i.OrganisationId == Guid.Empty && i.Key == InstrumentSeed.LifeSituationWheel && i.VersionNumber == 1);
        db.Measurements.Add(new Measurement
        {
            OrganisationId = organisation.Id, ClientId = client.Id, InstrumentId = wheel.Id, Stage = stage, Rater = Rater.Client, MeasuredOn = on,
            Scores = wheel.Domains.Zip(scores, (domain, value) => new DomainScore { Domain = domain.Code, Value = value }).ToList(),
            RecordedBy = worker.Id, RecordedAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero),
        });
    }

    private Client Person(string lastName, string firstNames, DateOnly birthDate, string language = "fi", bool identityCode = true, int team = 0)
    {
        var client = new Client
        {
            OrganisationId = organisation.Id,
            UnitId = teams.ElementAtOrDefault(team)?.Id,
            ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation,
            // Temporary individual numbers (900–999): valid codes that belong to no real person.
            IdentityCode = identityCode ? PersonalIdentityCode.Create(birthDate, individualNumber++).Value : null,
            BirthDate = birthDate,
            FirstNames = firstNames,
            LastName = lastName,
            Language = language,
            Municipality = organisation.Name.Fi,
            RegisteredAt = DateTime.SpecifyKind(today.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        };
        client.Rename(firstNames, lastName);
        db.Clients.Add(client);
        return client;
    }

    private Referral Referred(Client client, string source, int workingDaysAgo, string description, Employee? responsibleWorker)
    {
        var receivedOn = WorkingDaysAgo(workingDaysAgo);
        var referral = new Referral
        {
            OrganisationId = organisation.Id,
            ClientId = client.Id,
            SourceCode = source,
            ReceivedOn = receivedOn,
            Description = description,
            ConsentGiven = true,
            AssessmentStartDueOn = Referral.AssessmentDeadline(receivedOn, false, organisation.AssessmentTargetWorkingDays),
            CreatedBy = responsibleWorker?.Id ?? staff.Values.First().Id,
            CreatedAt = new DateTimeOffset(receivedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
        };
        db.Referrals.Add(referral);
        if (responsibleWorker is not null)
        {
            // The worker took the referral in and is handling it; referrals without one wait in the unassigned pile.
            referral.AssignHandler(responsibleWorker.Id, mayReassign: false);
            client.ResponsibleWorkerId = responsibleWorker.Id;
            db.ResponsibleWorkerAssignments.Add(new ResponsibleWorkerAssignment
            {
                ClientId = client.Id, EmployeeId = responsibleWorker.Id, StartedAt = referral.CreatedAt, AssignedBy = responsibleWorker.Id,
            });
        }

        return referral;
    }

    private void Entry(Client client, Employee author, EntryKind kind, int workingDaysAgo, int minutes, string text) =>
        db.RecordEntries.Add(new RecordEntry
        {
            OrganisationId = organisation.Id,
            ClientId = client.Id,
            Kind = kind,
            OccurredOn = WorkingDaysAgo(workingDaysAgo),
            Minutes = minutes,
            Text = text,
            AuthorId = author.Id,
            CreatedAt = new DateTimeOffset(WorkingDaysAgo(workingDaysAgo).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        });

    private DateOnly WorkingDaysAgo(int days)
    {
        var date = today;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(-1);
            if (WorkingDays.IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}
