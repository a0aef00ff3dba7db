using Polku.Domain.Assessments;
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
                AddVantaaDecisions();
                break;
            case DemoRegions.EspooCode:
                Referred(Person("Lindqvist", "Emil", new DateOnly(2004, 2, 17), "sv"), "te-office", 1, "Ung vuxen utan studieplats, behöver stöd i vardagen.", staff["espoo.sc"]);
                Referred(Person("Turunen", "Anna", new DateOnly(1979, 10, 30)), "housing-services", 4, "Vuokrarästejä, asuminen uhattuna.", staff["espoo.sw"]);
                break;
            case DemoRegions.PhhykyCode:
                Referred(Person("Mäkelä", "Petri", new DateOnly(1971, 6, 5)), "kela", 3, "Kuntoutusraha päättynyt, arki ei suju.", staff["phhyky.sw"]);
                Referred(Person("Saarinen", "Noora", new DateOnly(2001, 12, 12)), "relative", 0, "Äiti huolissaan tyttären vetäytymisestä.", null);
                AddPhhykyDecisions();
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
        var youngPlan = AgreedPlan(young, youngAssessment, socialWorker, WorkingDaysAgo(9), DemoPlans.Young(today.AddDays(9)));
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
        var swedishPlan = AgreedPlan(swedish, swedishAssessment, counsellor, WorkingDaysAgo(110), DemoPlans.Swedish(today.AddDays(-3)));
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

        // Decisions at every step of Vaasa's chain (DemoDecisions): on the two clients with plans, and on clients assessed
        // earlier whose services are now decided on. Heikkinen Mari and the clients still at intake have none.
        var decisions = new DemoDecisions(db, organisation, staff, today);
        decisions.PlannedWorkshop(young, youngAssessment, youngPlan, WorkingDaysAgo(9));
        decisions.SwedishCounselling(swedish, swedishAssessment, swedishPlan, WorkingDaysAgo(110));

        // In need of special support: his responsible worker is a social worker (SHL § 42), the counsellor prepared the decision.
        var lahti = AssessedEarlier("Lahti", "Jari", new DateOnly(1981, 2, 17), socialWorker, "health-services", 45,
            "Neurologian poliklinikalta: aivovamman jälkeen arki ei suju, ei pysty itse hakemaan palveluja.",
            new("Haluan pärjätä kotona ilman, että laskut jäävät maksamatta.", "Muisti ja toiminnanohjaus heikentyneet aivovamman jälkeen; ei pysty itse hakemaan palveluja (SHL 3 §).",
                SupportNature.LongTerm, true, ["local:daily-life", "local:finances"], ["social-services-client", "clear-need"], true,
                "Kotikuntoutus (Kotikuntoutustiimi).", "Tavoitteellinen ohjaus kotona tukee itsenäistä asumista."),
            specialSupport: true);
        decisions.SpecialSupportProposal(lahti.Client, lahti.Assessment);

        var rinne = AssessedEarlier("Rinne", "Tuomas", new DateOnly(1998, 6, 30), counsellor, "self", 40, "Yksinäinen, toivoo tukea uusiin ryhmiin menemiseen.",
            new("Haluaisin tutustua ihmisiin, mutta en uskalla mennä yksin.", "Sosiaalinen jännittäminen, ei verkostoa Vaasassa; motivoitunut.",
                SupportNature.Recurring, false, ["local:loneliness", "local:relationships"], ["social-services-client", "own-request"], true,
                "Tukihenkilötoiminta.", "Tukihenkilö madaltaa kynnystä osallistua."));
        decisions.SupportPersonDraft(rinne.Client, rinne.Assessment);

        var hietala = AssessedEarlier("Hietala", "Sami", new DateOnly(1985, 10, 8), socialWorker, "te-office", 45, "Pitkäaikaistyötön, aktivointisuunnitelma laadittava.",
            new("Haluan taas töihin, mutta en jaksa vielä kokonaista päivää.", "Yli kolme vuotta työttömänä; päivärytmi ja jaksaminen eivät vielä riitä työhön.",
                SupportNature.Recurring, false, ["local:work-study", "local:daily-life"], ["social-services-client", "clear-need"], true,
                "Kuntouttava työtoiminta (Arpeeti).", "Kuntouttava työtoiminta edeltää työllistymistä."));
        decisions.SignedAwaitingPrint(hietala.Client, hietala.Assessment);

        var korpela = AssessedEarlier("Korpela", "Niko", new DateOnly(1979, 1, 23), socialWorker, "self", 35, "Hakee tuettua asumista, vuokrasopimus päättymässä.",
            new("Tarvitsen asunnon, kun vuokrasopimus loppuu.", "Hoitaa asumisensa itsenäisesti; tarve on uusi vuokra-asunto.",
                SupportNature.Temporary, false, ["local:housing"], ["social-services-client", "own-request"], false,
                "Asumisneuvonta.", "Ei tarvetta sosiaaliselle kuntoutukselle eikä tuetulle asumiselle."));
        decisions.DeniedWithRequest(korpela.Client, korpela.Assessment);

        var savolainen = AssessedEarlier("Savolainen", "Aino", new DateOnly(1969, 4, 4), socialWorker, "health-services", 40, "Työsuhde päättynyt sairausloman aikana, tarvitsee ohjausta.",
            new("Haluan saada arjen taas kasaan.", "Masennus, työsuhde päättynyt; tarvitsee ohjausta kuntoutukseen ja harrastuksiin.",
                SupportNature.Recurring, false, ["local:mental-health", "local:work-study"], ["social-services-client", "own-request"], true,
                "Kuntoutusohjaus (Horisontti).", "Ohjaus yhteensovittaa hoidon ja kuntoutuksen."));
        decisions.AnnulledAndCorrected(savolainen.Client, savolainen.Assessment);

        var leppanen = AssessedEarlier("Leppänen", "Joonas", new DateOnly(2004, 9, 1), counsellor, "relative", 140, "Isä huolissaan: poika ollut kaksi vuotta kotona.",
            new("Haluan tehdä jotain mediajuttuja.", "Ei opiskelu- tai työpaikkaa kahteen vuoteen, päivärytmi hajonnut.",
                SupportNature.Recurring, false, ["local:work-study", "local:daily-life"], ["social-services-client", "clear-need"], true,
                "Työpaja Upseeri.", "Työpaja tukee päivärytmiä ja jatko-opintoja."));
        decisions.EndingSoonWithLateRequest(leppanen.Client, leppanen.Assessment);

        // Home rehabilitation began the day he came home from the ward, before its decision.
        var salmi = AssessedEarlier("Salmi", "Eino", new DateOnly(1961, 12, 5), socialWorker, "health-services", 30, "Kotiutuu psykiatriselta osastolta, tarvitsee tukea kotona.",
            new("Haluan pärjätä kotona.", "Ei kotiutuessa selviytynyt ruoanlaitosta, lääkkeistä ja asioinnista.",
                SupportNature.Temporary, false, ["local:daily-life", "local:mental-health"], ["social-services-client", "clear-need"], true,
                "Kotikuntoutus (Kotikuntoutustiimi).", "Valmennus arjen taitoihin noin neljä kuukautta."),
            startedDaysAgo: 28, completedDaysAgo: 25);
        decisions.GivenBeforeDecision(salmi.Client, salmi.Assessment, WorkingDaysAgo(30));
    }

    /// <summary>
    /// Vantaa's clients of the Tikkurila team whose decisions go through the steering group. The capital region's criteria
    /// ask for a special support need, so their responsible worker is a social worker; the counsellor prepares. Nieminen
    /// Sari has no decision: a browser test makes hers from the start.
    /// </summary>
    private void AddVantaaDecisions()
    {
        var decisions = new DemoDecisions(db, organisation, staff, today);
        var worker = staff["vantaa.sw"];
        AssessmentContent Content(string clientView, string assessment, string[] factors, string recommended) =>
            new(clientView, assessment, SupportNature.Recurring, true, factors, ["special-support-need"], true, recommended, "Erityisen tuen tarve; tavoitteellinen tuki tarpeen.");

        var vaisanen = AssessedEarlier("Väisänen", "Petra", new DateOnly(1990, 3, 3), worker, "health-services", 40, "Sosiaalisten tilanteiden pelko, ollut kaksi vuotta kotona.",
            Content("Haluaisin uskaltaa lähteä kotoa.", "Ei pysty ilman tukea hakeutumaan palveluihin.", ["local:relationships", "local:loneliness"], "Tukihenkilötoiminta."),
            specialSupport: true);
        decisions.OnTheSteeringGroupsAgenda(vaisanen.Client, vaisanen.Assessment);

        var jokinen = AssessedEarlier("Jokinen", "Arttu", new DateOnly(2000, 7, 14), worker, "health-services", 45, "ADHD, opinnot keskeytyneet; hoitokontakti poliklinikalla.",
            Content("Haluan saada ammattitutkinnon valmiiksi.", "Päivärytmi puuttuu, opinnot keskeytyneet.", ["local:work-study", "local:daily-life"], "Nuorten työpaja."),
            specialSupport: true);
        decisions.ProposedAfterSteeringGroup(jokinen.Client, jokinen.Assessment);

        var rautio = AssessedEarlier("Rautio", "Oskari", new DateOnly(1984, 11, 11), worker, "kela", 50, "Määräaikainen työkyvyttömyyseläke päättymässä.",
            Content("En tiedä, mitä eläkkeen jälkeen tapahtuu.", "Tarvitsee ohjausta kuntoutukseen hakeutumisessa.", ["local:work-study", "local:finances"], "Kuntoutusohjaus."),
            specialSupport: true);
        decisions.SignedByTheLead(rautio.Client, rautio.Assessment);

        var kettunen = AssessedEarlier("Kettunen", "Laura", new DateOnly(1995, 5, 20), worker, "housing-services", 60, "Muuttanut asumisyksiköstä omaan asuntoon.",
            Content("Haluan asua omassa kodissa.", "Tarvitsee valmennusta arjen taitoihin; hoitokontakti psykiatrian poliklinikalla.", ["local:housing", "local:daily-life"], "Kotikuntoutus."),
            specialSupport: true);
        decisions.DeliveredByLetter(kettunen.Client, kettunen.Assessment);

        var honkanen = AssessedEarlier("Honkanen", "Juha", new DateOnly(1977, 8, 8), worker, "employment-services", 35, "Pitkäaikaistyötön, aktivointisuunnitelma tehty.",
            Content("Haluan jotain tekemistä päiviin.", "Neljä vuotta työttömänä, päivärytmi hajonnut.", ["local:work-study", "local:daily-life"], "Kuntouttava työtoiminta."),
            specialSupport: true);
        decisions.VantaaDraft(honkanen.Client, honkanen.Assessment);
    }

    /// <summary>PHHYKY's clients in its two areas that decide differently: Sysmä (the social director signs) and Heinola.</summary>
    private void AddPhhykyDecisions()
    {
        var decisions = new DemoDecisions(db, organisation, staff, today);
        var nurmi = AssessedEarlier("Nurmi", "Kalevi", new DateOnly(1958, 2, 26), staff["sysma.sc"], "relative", 40, "Tytär huolissaan isän vetäytymisestä puolison kuoleman jälkeen.",
            new("Ei tässä enää jaksa mitään.", "Eristäytynyt, raha-asiat hoitamatta, päivärytmi hajonnut; ei pääse kulkemaan palveluihin.",
                SupportNature.Recurring, false, ["local:daily-life", "local:loneliness", "local:finances"], ["many-sided-challenges"], true,
                "Kotikuntoutus.", "Monitahoiset haasteet; tuki kotiin."),
            municipality: "Sysmä");
        decisions.SysmaProposal(nurmi.Client, nurmi.Assessment);

        var hirvonen = AssessedEarlier("Hirvonen", "Milla", new DateOnly(1999, 10, 19), staff["heinola.sc"], "self", 35, "Opinnot keskeytyneet, velkoja, eristäytynyt.",
            new("Haluan päästä taas kiinni johonkin.", "Päivärytmi puuttuu, velkoja kertynyt, eristäytynyt.",
                SupportNature.Recurring, false, ["local:work-study", "local:finances"], ["many-sided-challenges", "strong-support-need"], true,
                "Työpajatoiminta.", "Monitahoiset haasteet; tavoitteellinen tuki."),
            municipality: "Heinola");
        decisions.HeinolaDraft(hirvonen.Client, hirvonen.Assessment);
    }

    /// <summary>
    /// A client referred and assessed earlier (in an earlier month, so this month's figures stay as they were), with
    /// <paramref name="worker"/> as handler, assessor and responsible worker; their service is now being decided on.
    /// </summary>
    private (Client Client, Assessment Assessment) AssessedEarlier(
        string lastName, string firstNames, DateOnly birthDate, Employee worker, string source, int referredDaysAgo, string description, AssessmentContent content,
        bool specialSupport = false, string? municipality = null, int? startedDaysAgo = null, int? completedDaysAgo = null)
    {
        var client = Person(lastName, firstNames, birthDate);
        client.NeedsSpecialSupport = specialSupport;
        client.Municipality = municipality ?? client.Municipality;
        var referral = Referred(client, source, referredDaysAgo, description, worker);
        var assessment = Assessed(client, referral, worker, startedDaysAgo ?? referredDaysAgo - 2, completedDaysAgo ?? referredDaysAgo - 8, content);
        return (client, assessment);
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

    private ClientPlan AgreedPlan(Client client, Assessment assessment, Employee worker, DateOnly agreedOn, PlanContent content)
    {
        var at = new DateTimeOffset(agreedOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var plan = ClientPlan.Start(organisation.Id, client.Id, assessment.Id, "", worker.Id, agreedOn, content with { StartsOn = agreedOn }, at);
        plan.Agree(worker.Id, agreedOn, at);
        db.Plans.Add(plan);
        return plan;
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

    private DateOnly WorkingDaysAgo(int days) => DemoDecisions.WorkingDaysBefore(today, days);
}
