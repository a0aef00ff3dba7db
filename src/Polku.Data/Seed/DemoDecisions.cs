using System.Globalization;
using Polku.Domain.Assessments;
using Polku.Domain.Calendar;
using Polku.Domain.Clients;
using Polku.Domain.Decisions;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Plans;

namespace Polku.Data.Seed;

/// <summary>
/// The demo organisations' decisions, at every step of their chains. Each is made the way a worker makes one: drafted,
/// then moved on only by <see cref="Decision.Take"/> under the chain the organisation (and the client's area) seeded as
/// version 1, by someone the chain lets take the step — a step the chain refuses stops the demo from loading. Dates are
/// relative to today; the texts name the facts and the provisions, in the decision's language.
/// </summary>
internal sealed class DemoDecisions(PolkuDbContext db, Organisation organisation, IReadOnlyDictionary<string, Employee> staff, DateOnly today)
{
    /// <summary>The demo organisations' appeal instructions are version 1 (<see cref="DemoAppealInstructions"/>).</summary>
    private const int AppealInstructionVersion = 1;

    // ---- Vaasa: a social worker or counsellor decides alone; for a client in need of special support a social worker.

    /// <summary>
    /// Lahti Jari, in need of special support: demo.sc prepared home rehabilitation and submitted it, because a counsellor
    /// may not decide for him (SHL § 46). It waits for a social worker's signature.
    /// </summary>
    public Decision SpecialSupportProposal(Client client, Assessment assessment)
    {
        var counsellor = staff["demo.sc"];
        var starts = today.AddDays(7);
        var ends = Term(starts, 6);
        var decision = Draft(client, counsellor, WorkingDaysAgo(2), new DecisionContent
        {
            TypeCode = "home-rehabilitation",
            Service = "Kotikuntoutustiimi, Vaasan kaupunki",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Jari sai aivovamman liikenneonnettomuudessa, ja hänen muistinsa ja toiminnanohjauksensa ovat heikentyneet. Hän asuu yksin. "
                + $"Palvelutarpeen arvioinnissa {D(assessment.CompletedOn)} todettiin, että laskut, kaupassa käynti ja ajanvaraukset jäävät "
                + "hoitamatta ja ettei hän pysty itse hakemaan tarvitsemiaan palveluja: hän on erityistä tukea tarvitseva asiakas "
                + "(sosiaalihuoltolaki 3 §). Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu valmennus "
                + "arkielämän taitoihin ja asumiseen. Kotiin annettava ohjaus tukee hänen omaa tavoitettaan pärjätä kotona.",
            Decided =
                $"Jari Lahdelle myönnetään kotikuntoutusta {D(starts)}–{D(ends)}. Kotikuntoutustiimin ohjaaja käy hänen luonaan kerran viikossa "
                + "ja harjoittelee hänen kanssaan raha-asioiden hoitoa, asiointia ja päivärytmiä.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4568"),
        });
        Step(decision, DecisionStep.Submit, counsellor, client, WorkingDaysAgo(1));

        // The README's walk-through: the counsellor's signature is refused with the reason, a social worker's is not.
        if (decision.Check(DecisionStep.Sign, counsellor.Id, Roles(counsellor), client.NeedsSpecialSupport) is not StepOutcome.Refused { Reason: StepRefusal.SpecialSupportNeedsSocialWorker }
            || !decision.Check(DecisionStep.Sign, staff["demo.sw"].Id, Roles(staff["demo.sw"]), client.NeedsSpecialSupport).IsAllowed)
        {
            throw new InvalidOperationException("Demo decision: only a social worker should be able to sign Lahti Jari's proposal.");
        }

        return decision;
    }

    /// <summary>Mäkinen Eetu's workshop, carrying out his agreed plan: decided and handed to him at the plan meeting's follow-up.</summary>
    public Decision PlannedWorkshop(Client client, Assessment assessment, ClientPlan plan, DateOnly planAgreedOn)
    {
        var worker = staff["demo.sw"];
        var decidedOn = WorkingDaysAgo(8);
        var ends = Term(decidedOn, 6);
        var decision = Draft(client, worker, planAgreedOn, new DecisionContent
        {
            TypeCode = "workshop-activity",
            Service = "Työpaja Upseeri, Pohjanmaan sosiaalipsykiatrinen yhdistys",
            Outcome = DecisionOutcome.Granted,
            StartsOn = decidedOn,
            EndsOn = ends,
            Reasons =
                "Eetulla ei ole opiskelupaikkaa ammattikoulun keskeydyttyä, ja hänen päivärytminsä puuttuu. TE-toimisto ohjasi hänet "
                + $"sosiaalipalveluihin. Palvelutarpeen arvioinnissa {D(assessment.CompletedOn)} todettiin tarve tavoitteelliseen tukeen, ja "
                + $"asiakassuunnitelmassa {D(planAgreedOn)} sovittiin tavoitteiksi säännöllinen päivärytmi, työpajajakso ja haku kevään "
                + "yhteishaussa. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu nuorten kuntouttava "
                + "työpajatoiminta. Työpaja Upseeri on tarkoitettu 18–29-vuotiaille, ja Eetu on itse halunnut aloittaa siellä.",
            Decided =
                $"Eetu Mäkiselle myönnetään työpajatoimintaa Työpaja Upseerissa {D(decidedOn)}–{D(ends)} kolmena päivänä viikossa. "
                + "Palvelu on hänelle maksuton.",
            MoreInformation = Contact(worker, "sosiaalityöntekijä", "040 123 4567"),
            PlanId = plan.Id,
        });
        Step(decision, DecisionStep.Sign, worker, client, decidedOn);
        InPerson(decision, worker, client, decidedOn);
        return decision;
    }

    /// <summary>Björkqvist Linnea's rehabilitation counselling, in Swedish throughout, sent by letter the day after it was decided.</summary>
    public Decision SwedishCounselling(Client client, Assessment assessment, ClientPlan plan, DateOnly planAgreedOn)
    {
        var counsellor = staff["demo.sc"];
        var decidedOn = WorkingDaysAgo(108);
        var ends = Term(decidedOn, 12);
        var decision = Draft(client, counsellor, planAgreedOn, new DecisionContent
        {
            TypeCode = "rehabilitation-counsellor",
            Service = "Rehabiliteringshandledning, Vasa stad; Servicecentret Fyren (tvåspråkig dagverksamhet)",
            Outcome = DecisionOutcome.Granted,
            StartsOn = decidedOn,
            EndsOn = ends,
            Reasons =
                "Linnea Björkqvist har varit sjukskriven länge och bor ensam. Vid bedömningen av servicebehovet "
                + $"{D(assessment.CompletedOn)} konstaterades att ensamheten och bristen på meningsfull sysselsättning försvagar hennes vardag "
                + $"och att hon vill delta i tvåspråkig dagverksamhet. I klientplanen {D(planAgreedOn)} kom vi överens om att hon går till "
                + "Servicecentret Fyren varje vecka och träffar socialhandledaren en gång i månaden. Enligt 17 § i socialvårdslagen "
                + "(1301/2014) omfattar social rehabilitering rådgivning och handledning i rehabiliteringsfrågor samt stöd för att delta i "
                + "gruppverksamhet. Handledningen stöder målen i klientplanen.",
            Decided =
                $"Linnea Björkqvist beviljas rehabiliteringshandledning {D(decidedOn)}–{D(ends)}: ett samtal med socialhandledaren en gång "
                + "i månaden och stöd för att delta i Servicecentret Fyrens tvåspråkiga dagverksamhet. Tjänsten är avgiftsfri.",
            MoreInformation = Contact(counsellor, "socialhandledare", "040 123 4568", "tfn"),
            Language = "sv",
            PlanId = plan.Id,
        });
        Step(decision, DecisionStep.Sign, counsellor, client, decidedOn);
        Letter(decision, counsellor, client, decidedOn, postedOn: NextWorkingDay(decidedOn));
        return decision;
    }

    /// <summary>A support person for Rinne Tuomas: demo.sc's draft, written and not yet decided.</summary>
    public Decision SupportPersonDraft(Client client, Assessment assessment)
    {
        var counsellor = staff["demo.sc"];
        var starts = today.AddDays(14);
        var ends = Term(starts, 6);
        return Draft(client, counsellor, today, new DecisionContent
        {
            TypeCode = "support-person-activity",
            Service = "Tukihenkilötoiminta, Vaasan Setlementtiyhdistys",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Tuomas muutti Vaasaan vuosi sitten, eikä hänellä ole täällä ystäviä tai sukulaisia. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} hän kertoi viettävänsä päivät yksin kotona ja jännittävänsä uusia tilanteita niin, ettei ole "
                + "mennyt ryhmiin, joihin on ilmoittautunut. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu "
                + "tuki sosiaalisen vuorovaikutuksen vahvistamiseen. Vapaaehtoinen tukihenkilö voi lähteä hänen kanssaan harrastuksiin ja "
                + "ryhmiin, joihin hän ei yksin uskalla mennä.",
            Decided = $"Tuomas Rinteelle myönnetään tukihenkilötoimintaa {D(starts)}–{D(ends)}. Tukihenkilö tapaa häntä kerran viikossa.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4568"),
        });
    }

    /// <summary>
    /// A granting decision prepared and signed by demo.sw on <paramref name="decidedOn"/> and handed over that day: what
    /// the demo's payment commitments rest on (<see cref="DemoCommitments"/>).
    /// </summary>
    public Decision SignedGrant(Client client, DateOnly decidedOn, DecisionContent content)
    {
        var worker = staff["demo.sw"];
        var decision = Draft(client, worker, decidedOn, content with { MoreInformation = Contact(worker, "sosiaalityöntekijä", "040 123 4567") });
        Step(decision, DecisionStep.Sign, worker, client, decidedOn);
        InPerson(decision, worker, client, decidedOn);
        return decision;
    }

    /// <summary>Hietala Sami's rehabilitative work activity, signed yesterday: its letter waits in the print batch.</summary>
    public Decision SignedAwaitingPrint(Client client, Assessment assessment)
    {
        var worker = staff["demo.sw"];
        var decidedOn = WorkingDaysAgo(1);
        var starts = today.AddDays(7);
        var ends = Term(starts, 6);
        var decision = Draft(client, worker, WorkingDaysAgo(3), new DecisionContent
        {
            TypeCode = "rehabilitative-work-activity",
            Service = "Kuntouttava työtoiminta, Arpeeti (Vaasan kaupunki)",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Sami on ollut työttömänä yli kolme vuotta ja saa työmarkkinatukea. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} ja hänen kanssaan laaditussa aktivointisuunnitelmassa kuntouttava työtoiminta todettiin "
                + "tarpeelliseksi ennen työllistymistä: päivärytmi ja jaksaminen eivät vielä riitä työhön. Lain kuntouttavasta työtoiminnasta "
                + "(189/2001) 2 §:n mukaan kuntouttavalla työtoiminnalla parannetaan henkilön elämänhallintaa ja edellytyksiä työllistyä, ja "
                + "6 §:n mukaan kunta järjestää toiminnan aktivointisuunnitelmassa sovitulla tavalla. Sami haluaa aloittaa Arpeetin puuverstaalla.",
            Decided =
                $"Sami Hietalalle myönnetään kuntouttavaa työtoimintaa Arpeetissa {D(starts)}–{D(ends)} neljänä päivänä viikossa "
                + "neljä tuntia päivässä.",
            MoreInformation = Contact(worker, "sosiaalityöntekijä", "040 123 4567"),
        });
        Step(decision, DecisionStep.Sign, worker, client, decidedOn);
        Letter(decision, worker, client, decidedOn, postedOn: null);
        return decision;
    }

    /// <summary>Korpela Niko's application for supported housing, denied and handed to him; he asked for rectification in time.</summary>
    public Decision DeniedWithRequest(Client client, Assessment assessment)
    {
        var worker = staff["demo.sw"];
        var decidedOn = WorkingDaysAgo(10);
        var decision = Draft(client, worker, WorkingDaysAgo(12), new DecisionContent
        {
            TypeCode = "supported-housing",
            Service = "Tuettu asuminen",
            Outcome = DecisionOutcome.Denied,
            Reasons =
                "Niko haki tuettua asumista, koska hänen vuokrasopimuksensa päättyy. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} todettiin, että hän hoitaa asumisensa itsenäisesti: vuokrat on maksettu, asunto on "
                + "hyvässä kunnossa ja hän käy itse kaupassa ja asioilla. Hänen tarpeensa on löytää uusi vuokra-asunto, ei tuki asumisessa. "
                + "Sosiaalihuoltolain (1301/2014) 21 a §:n mukaan tuettua asumista järjestetään henkilölle, joka tarvitsee tukea asumisessa "
                + "tai siirtymisessä itsenäiseen asumiseen. Tätä edellytystä ei ole. Asunnon hakemisessa häntä ohjataan Vaasan kaupungin "
                + "asumisneuvontaan.",
            Decided = "Niko Korpelan hakemus tuetusta asumisesta hylätään.",
            MoreInformation = Contact(worker, "sosiaalityöntekijä", "040 123 4567"),
        });
        Step(decision, DecisionStep.Sign, worker, client, decidedOn);
        InPerson(decision, worker, client, decidedOn);
        Request(decision, worker, WorkingDaysAgo(3), expectLate: false,
            "Vaadin päätöksen oikaisua. Vuokrasopimukseni päättyy kuukauden päästä, eikä minulla ole muuta asuntoa. Tarvitsen apua "
            + "asunnon löytämiseen ja muuttoon, ja pyydän, että tilanteeni arvioidaan uudelleen.");
        return decision;
    }

    /// <summary>
    /// Savolainen Aino's rehabilitation counselling, signed with the wrong provider and annulled before it was sent; the
    /// correction is a new draft that refers to it.
    /// </summary>
    public (Decision Annulled, Decision Correction) AnnulledAndCorrected(Client client, Assessment assessment)
    {
        var worker = staff["demo.sw"];
        var starts = WorkingDaysAgo(4);
        var ends = Term(starts, 6);
        string Reasons() =>
            "Aino on ollut sairauslomalla masennuksen vuoksi, ja hänen työsuhteensa on päättynyt. Palvelutarpeen arvioinnissa "
            + $"{D(assessment.CompletedOn)} todettiin, että hän tarvitsee ohjausta arjen rakentamiseen sekä tukea palaamiseen harrastuksiin "
            + "ja kuntoutukseen. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu kuntoutusneuvonta ja "
            + "-ohjaus sekä tarvittavien palvelujen yhteensovitus. Horisontin kuntoutusohjaaja tuntee hänen hoitotahonsa, ja Aino on itse "
            + "toivonut ohjausta sieltä.";
        var wrong = Draft(client, worker, WorkingDaysAgo(5), new DecisionContent
        {
            TypeCode = "rehabilitation-counsellor",
            Service = "Kuntoutusohjaus, Kotomaja",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons = Reasons(),
            Decided = $"Aino Savolaiselle myönnetään kuntoutusohjausta Kotomajassa {D(starts)}–{D(ends)}, tapaamiset kahden viikon välein.",
            MoreInformation = Contact(worker, "sosiaalityöntekijä", "040 123 4567"),
        });
        Step(wrong, DecisionStep.Sign, worker, client, WorkingDaysAgo(4));
        Step(wrong, DecisionStep.Annul, worker, client, WorkingDaysAgo(3),
            "Päätökseen oli kirjattu väärä palveluntuottaja (Kotomaja). Kuntoutusohjaus järjestetään Horisontissa, kuten perusteluissa todetaan. "
            + "Korjattu päätös tehdään uutena päätöksenä.");
        var correction = Draft(client, worker, WorkingDaysAgo(3), wrong.Content with
        {
            Service = "Kuntoutusohjaus, Horisontti – mielenterveys- ja päihdekeskus",
            Decided = $"Aino Savolaiselle myönnetään kuntoutusohjausta Horisontissa {D(starts)}–{D(ends)}, tapaamiset kahden viikon välein.",
        }, previous: wrong);
        return (wrong, correction);
    }

    /// <summary>
    /// Leppänen Joonas's workshop, delivered by letter half a year ago and ending within weeks (time to continue it); his
    /// request for rectification came yesterday, long after the last day, and is recorded as late.
    /// </summary>
    public Decision EndingSoonWithLateRequest(Client client, Assessment assessment)
    {
        var counsellor = staff["demo.sc"];
        var decidedOn = WorkingDaysAgo(125);
        var starts = NextWorkingDay(NextWorkingDay(decidedOn));
        var ends = today.AddDays(18);
        var decision = Draft(client, counsellor, WorkingDaysAgo(127), new DecisionContent
        {
            TypeCode = "workshop-activity",
            Service = "Työpaja Upseeri, Pohjanmaan sosiaalipsykiatrinen yhdistys",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Joonas keskeytti lukion ja on ollut kaksi vuotta ilman opiskelu- tai työpaikkaa. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} todettiin, että hän tarvitsee tukea päivärytmiin ja jatko-opintojen suunnitteluun. "
                + "Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu nuorten kuntouttava työpajatoiminta. "
                + "Työpaja Upseeri on tarkoitettu 18–29-vuotiaille, ja siellä hän voi harjoitella mediatöitä, joista hän on kiinnostunut.",
            Decided = $"Joonas Leppäselle myönnetään työpajatoimintaa Työpaja Upseerissa {D(starts)}–{D(ends)} kolmena päivänä viikossa.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4568"),
        });
        Step(decision, DecisionStep.Sign, counsellor, client, decidedOn);
        Letter(decision, counsellor, client, decidedOn, postedOn: NextWorkingDay(decidedOn));
        Request(decision, counsellor, WorkingDaysAgo(1), expectLate: true,
            "Pyydän oikaisua päätökseen: työpajapäiviä pitäisi olla viisi viikossa eikä kolme, koska haluan valmistua syksyn yhteishakuun mennessä.");
        return decision;
    }

    /// <summary>
    /// Salmi Eino's home rehabilitation, started on the day he came home from the ward, before the decision was made: the
    /// field's known problem, counted on the lead's front page.
    /// </summary>
    public Decision GivenBeforeDecision(Client client, Assessment assessment, DateOnly serviceStartedOn)
    {
        var worker = staff["demo.sw"];
        var decidedOn = WorkingDaysAgo(22);
        var ends = Term(serviceStartedOn, 4);
        var decision = Draft(client, worker, WorkingDaysAgo(24), new DecisionContent
        {
            TypeCode = "home-rehabilitation",
            Service = "Kotikuntoutustiimi, Vaasan kaupunki",
            Outcome = DecisionOutcome.Granted,
            StartsOn = serviceStartedOn,
            EndsOn = ends,
            ServiceStartedOn = serviceStartedOn,
            Reasons =
                $"Eino kotiutui psykiatriselta osastolta {D(serviceStartedOn)}. Hän asuu yksin, eikä hän kotiutuessaan selviytynyt "
                + "ruoanlaitosta, lääkkeiden ottamisesta ja asioinnista. Kotikuntoutustiimi aloitti käynnit kotiutumispäivänä, ennen kuin "
                + $"päätös ehdittiin tehdä. Palvelutarpeen arvioinnissa {D(assessment.CompletedOn)} todettiin, että hän tarvitsee valmennusta "
                + "arjen taitoihin noin neljän kuukauden ajan. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu "
                + "valmennus arkielämän taitoihin ja asumiseen.",
            Decided =
                $"Eino Salmelle myönnetään kotikuntoutusta {D(serviceStartedOn)}–{D(ends)}. Ohjaaja käy kotona kaksi kertaa viikossa.",
            MoreInformation = Contact(worker, "sosiaalityöntekijä", "040 123 4567"),
        });
        Step(decision, DecisionStep.Sign, worker, client, decidedOn);
        InPerson(decision, worker, client, decidedOn);
        return decision;
    }

    // ---- Vantaa: the client steering group deals with every case; the leading social worker signs.

    /// <summary>Väisänen Petra's support person, on the steering group's agenda.</summary>
    public Decision OnTheSteeringGroupsAgenda(Client client, Assessment assessment)
    {
        var counsellor = staff["vantaa.sc"];
        var starts = today.AddDays(14);
        var ends = Term(starts, 6);
        var decision = Draft(client, counsellor, WorkingDaysAgo(3), new DecisionContent
        {
            TypeCode = "support-person-activity",
            Service = "Tukihenkilötoiminta (vapaaehtoinen tukihenkilö)",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Petra asuu yksin Tikkurilassa. Hänellä on sosiaalisten tilanteiden pelko, ja hän on ollut kaksi vuotta lähes kokonaan kotona. "
                + $"Palvelutarpeen arvioinnissa {D(assessment.CompletedOn)} todettiin, ettei hän pysty ilman tukea hakeutumaan palveluihin: "
                + "hän on erityistä tukea tarvitseva asiakas (sosiaalihuoltolaki 3 §). Sosiaalihuoltolain (1301/2014) 17 §:n mukaan "
                + "sosiaaliseen kuntoutukseen kuuluu tuki sosiaalisen vuorovaikutuksen vahvistamiseen. Tukihenkilö voi kulkea hänen "
                + "kanssaan ensimmäisille ryhmäkerroille ja asioille.",
            Decided = $"Petra Väisäselle myönnetään tukihenkilötoimintaa {D(starts)}–{D(ends)}. Tukihenkilö tapaa häntä kerran viikossa.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4572"),
        });
        Step(decision, DecisionStep.Submit, counsellor, client, WorkingDaysAgo(2));
        return decision;
    }

    /// <summary>Jokinen Arttu's workshop: the steering group gave its statement, and the proposal waits for vantaa.lead.</summary>
    public Decision ProposedAfterSteeringGroup(Client client, Assessment assessment)
    {
        var counsellor = staff["vantaa.sc"];
        var starts = today.AddDays(7);
        var ends = Term(starts, 6);
        var decision = Draft(client, counsellor, WorkingDaysAgo(8), new DecisionContent
        {
            TypeCode = "workshop-activity",
            Service = "Nuorten työpaja, Vantaan kaupunki",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Arttu keskeytti ammatilliset opinnot kaksi vuotta sitten. Hänellä on ADHD, johon hän saa hoitoa psykiatrian poliklinikalla. "
                + $"Palvelutarpeen arvioinnissa {D(assessment.CompletedOn)} todettiin, että hän tarvitsee tukea päivärytmiin ja opintoihin "
                + "palaamiseen eikä pysty ilman tukea hakeutumaan palveluihin (sosiaalihuoltolaki 3 §). Sosiaalihuoltolain (1301/2014) 17 §:n "
                + "mukaan sosiaaliseen kuntoutukseen kuuluu nuorten kuntouttava työpajatoiminta. Työpajalla hän voi suorittaa osia "
                + "ammatillisesta tutkinnosta.",
            Decided = $"Arttu Jokiselle myönnetään työpajatoimintaa {D(starts)}–{D(ends)} neljänä päivänä viikossa.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4572"),
        });
        Step(decision, DecisionStep.Submit, counsellor, client, WorkingDaysAgo(7));
        Step(decision, DecisionStep.SteeringGroupReview, staff["vantaa.group"], client, WorkingDaysAgo(3),
            "Asiakasohjausryhmä puoltaa työpajajaksoa kuudeksi kuukaudeksi. Tilanne arvioidaan uudelleen kolmen kuukauden kohdalla.");
        return decision;
    }

    /// <summary>Rautio Oskari's rehabilitation counselling, signed by vantaa.lead yesterday and waiting to be delivered.</summary>
    public Decision SignedByTheLead(Client client, Assessment assessment)
    {
        var counsellor = staff["vantaa.sc"];
        var starts = today.AddDays(7);
        var ends = Term(starts, 6);
        var decision = Draft(client, counsellor, WorkingDaysAgo(12), new DecisionContent
        {
            TypeCode = "rehabilitation-counsellor",
            Service = "Kuntoutusohjaus, Vantaan kaupungin aikuissosiaalityö",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Oskarin määräaikainen työkyvyttömyyseläke päättyy, eikä hän ole palannut työhön. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} todettiin, että hän tarvitsee ohjausta kuntoutussuunnitelman tekemiseen ja ammatillisen "
                + "kuntoutuksen hakemiseen eikä pysty hoitamaan asioitaan ilman tukea (sosiaalihuoltolaki 3 §). Sosiaalihuoltolain "
                + "(1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu kuntoutusneuvonta ja -ohjaus sekä tarvittavien palvelujen "
                + "yhteensovitus.",
            Decided = $"Oskari Rautiolle myönnetään kuntoutusohjausta {D(starts)}–{D(ends)}, tapaamiset kahden viikon välein.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4572"),
        });
        Step(decision, DecisionStep.Submit, counsellor, client, WorkingDaysAgo(11));
        Step(decision, DecisionStep.SteeringGroupReview, staff["vantaa.group"], client, WorkingDaysAgo(6),
            "Asiakasohjausryhmä puoltaa kuntoutusohjausta ja suosittaa yhteistä tapaamista Kelan kuntoutusasiantuntijan kanssa.");
        Step(decision, DecisionStep.Sign, staff["vantaa.lead"], client, WorkingDaysAgo(1));
        return decision;
    }

    /// <summary>Kettunen Laura's home rehabilitation: through the whole chain and posted as a letter.</summary>
    public Decision DeliveredByLetter(Client client, Assessment assessment)
    {
        var counsellor = staff["vantaa.sc"];
        var decidedOn = WorkingDaysAgo(24);
        var starts = NextWorkingDay(decidedOn);
        var ends = Term(starts, 6);
        var decision = Draft(client, counsellor, WorkingDaysAgo(30), new DecisionContent
        {
            TypeCode = "home-rehabilitation",
            Service = "Kotikuntoutus, Vantaan kaupunki",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Laura muutti mielenterveyskuntoutujien asumisyksiköstä ensimmäiseen omaan asuntoonsa. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} todettiin, että hän tarvitsee valmennusta ruoanlaittoon, raha-asioihin ja päivärytmiin "
                + "sekä erityistä tukea asioidensa hoitamiseen (sosiaalihuoltolaki 3 §). Hänellä on hoitokontakti psykiatrian poliklinikalla. "
                + "Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu valmennus arkielämän taitoihin ja asumiseen.",
            Decided = $"Laura Kettuselle myönnetään kotikuntoutusta {D(starts)}–{D(ends)}. Ohjaaja käy kotona kaksi kertaa viikossa.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4572"),
        });
        Step(decision, DecisionStep.Submit, counsellor, client, WorkingDaysAgo(29));
        Step(decision, DecisionStep.SteeringGroupReview, staff["vantaa.group"], client, WorkingDaysAgo(25), "Asiakasohjausryhmä puoltaa kotikuntoutusta.");
        Step(decision, DecisionStep.Sign, staff["vantaa.lead"], client, decidedOn);
        Letter(decision, counsellor, client, decidedOn, postedOn: NextWorkingDay(decidedOn));
        return decision;
    }

    /// <summary>Honkanen Juha's rehabilitative work activity: vantaa.sc's draft.</summary>
    public Decision VantaaDraft(Client client, Assessment assessment)
    {
        var counsellor = staff["vantaa.sc"];
        var starts = today.AddDays(21);
        var ends = Term(starts, 6);
        return Draft(client, counsellor, today, new DecisionContent
        {
            TypeCode = "rehabilitative-work-activity",
            Service = "Kuntouttava työtoiminta, Vantaan kaupunki",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Juha on ollut työttömänä neljä vuotta, ja hänen päivärytminsä on hajonnut. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} ja hänen kanssaan laaditussa aktivointisuunnitelmassa kuntouttava työtoiminta todettiin "
                + "tarpeelliseksi ennen työllistymistä. Lain kuntouttavasta työtoiminnasta (189/2001) 2 §:n mukaan kuntouttavalla "
                + "työtoiminnalla parannetaan henkilön elämänhallintaa ja edellytyksiä työllistyä, ja 6 §:n mukaan kunta järjestää toiminnan "
                + "aktivointisuunnitelmassa sovitulla tavalla.",
            Decided = $"Juha Honkaselle myönnetään kuntouttavaa työtoimintaa {D(starts)}–{D(ends)} kolmena päivänä viikossa.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4572"),
        });
    }

    // ---- PHHYKY: a social worker decides; Sysmä's social director decides there, and in Heinola a counsellor alone.

    /// <summary>Nurmi Kalevi, living in Sysmä: sysma.sc's proposal, which only the social director may sign.</summary>
    public Decision SysmaProposal(Client client, Assessment assessment)
    {
        var counsellor = staff["sysma.sc"];
        var starts = today.AddDays(7);
        var ends = Term(starts, 6);
        var decision = Draft(client, counsellor, WorkingDaysAgo(3), new DecisionContent
        {
            TypeCode = "home-rehabilitation",
            Service = "Kotikuntoutus, Päijät-Hämeen hyvinvointialue (Sysmä)",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Kalevi asuu yksin Sysmän Nuoramoisissa, eikä hänellä ole autoa. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} todettiin, että hän on vetäytynyt kotiin puolisonsa kuoleman jälkeen, raha-asiat ovat jääneet "
                + "hoitamatta ja päivärytmi on hajonnut. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu "
                + "valmennus arkielämän taitoihin ja asumiseen sekä tuki sosiaalisen vuorovaikutuksen vahvistamiseen. Kotiin annettava "
                + "ohjaus sopii hänelle, koska hän ei pääse kulkemaan palveluihin.",
            Decided = $"Kalevi Nurmelle myönnetään kotikuntoutusta {D(starts)}–{D(ends)}. Ohjaaja käy kotona kerran viikossa.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4581"),
        });
        Step(decision, DecisionStep.Submit, counsellor, client, WorkingDaysAgo(2));
        return decision;
    }

    /// <summary>Hirvonen Milla, living in Heinola: heinola.sc's draft, which she may sign herself.</summary>
    public Decision HeinolaDraft(Client client, Assessment assessment)
    {
        var counsellor = staff["heinola.sc"];
        var starts = today.AddDays(14);
        var ends = Term(starts, 6);
        var decision = Draft(client, counsellor, WorkingDaysAgo(1), new DecisionContent
        {
            TypeCode = "workshop-activity",
            Service = "Työpajatoiminta, Heinolan nuorten työpaja",
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = ends,
            Reasons =
                "Milla keskeytti ammatilliset opinnot ja on ollut vuoden ilman opiskelu- tai työpaikkaa. Palvelutarpeen arvioinnissa "
                + $"{D(assessment.CompletedOn)} todettiin, että hänellä on monitahoisia haasteita: päivärytmi puuttuu, velkoja on kertynyt ja "
                + "hän on eristäytynyt. Sosiaalihuoltolain (1301/2014) 17 §:n mukaan sosiaaliseen kuntoutukseen kuuluu nuorten kuntouttava "
                + "työpajatoiminta. Työpajalla hän voi kokeilla kädentaitoja, joista hän on kiinnostunut.",
            Decided = $"Milla Hirvoselle myönnetään työpajatoimintaa {D(starts)}–{D(ends)} kolmena päivänä viikossa.",
            MoreInformation = Contact(counsellor, "sosiaaliohjaaja", "040 123 4582"),
        });
        if (!decision.Check(DecisionStep.Sign, counsellor.Id, Roles(counsellor), client.NeedsSpecialSupport).IsAllowed)
        {
            throw new InvalidOperationException("Demo decision: heinola.sc should be able to decide her own draft.");
        }

        return decision;
    }

    /// <summary>
    /// A granting decision demo.sw signed and handed to the client on <paramref name="decidedOn"/>, for a term of
    /// <paramref name="months"/> months from the next working day: the ground a referral to a provider stands on.
    /// </summary>
    public Decision GrantedInPerson(Client client, string typeCode, string service, DateOnly decidedOn, int months, string reasons, string decided)
    {
        var worker = staff["demo.sw"];
        var starts = NextWorkingDay(decidedOn);
        var decision = Draft(client, worker, decidedOn, new DecisionContent
        {
            TypeCode = typeCode,
            Service = service,
            Outcome = DecisionOutcome.Granted,
            StartsOn = starts,
            EndsOn = Term(starts, months),
            Reasons = reasons,
            Decided = $"{decided} {D(starts)}–{D(Term(starts, months))}.",
            MoreInformation = Contact(worker, "sosiaalityöntekijä", "040 123 4567"),
        });
        Step(decision, DecisionStep.Sign, worker, client, decidedOn);
        InPerson(decision, worker, client, decidedOn);
        return decision;
    }

    // ---- Making decisions the lawful way.

    /// <summary>
    /// A draft under the chain in force for the client's area (the same lookup the handlers make), citing the provisions of
    /// its type in force on the day; the content is complete, so every demo decision could be submitted or signed.
    /// </summary>
    private Decision Draft(Client client, Employee preparer, DateOnly on, DecisionContent content, Decision? previous = null)
    {
        var type = DecisionTypes.Find(content.TypeCode) ?? throw new InvalidOperationException($"Demo decision: unknown type {content.TypeCode}.");
        var bases = type.BasesInForceOn(on).Select(b => b.Code).ToList();
        content = content with { LegalBases = bases };
        var chain = ChainFor(client);
        if (!DecisionWorkflow.MayPrepare(chain.Chain, Roles(preparer)))
        {
            throw new InvalidOperationException($"Demo decision: {preparer.Email} may not prepare under the chain of {organisation.Code}.");
        }

        Complete(content, type, on);
        var decision = Decision.Draft(organisation.Id, client.Id, chain, preparer.Id, on, content, previous?.Id);
        db.Decisions.Add(decision);
        return decision;
    }

    private ChainVersion ChainFor(Client client)
    {
        // The settings DemoDecisionChains seeded for the organisation in this transaction; the area by code or name.
        var settings = db.DecisionChainSettings.Local.Where(s => s.OrganisationId == organisation.Id).ToList();
        var area = organisation.Areas.FirstOrDefault(a => a.Code == client.Municipality || a.Name.Fi == client.Municipality || a.Name.Sv == client.Municipality)?.Code;
        return DecisionChainSetting.Resolve(
            settings.Where(s => s.AreaCode is null).MaxBy(s => s.Version),
            settings.Where(s => s.AreaCode is not null && s.AreaCode == area).MaxBy(s => s.Version));
    }

    /// <summary>Takes the step as <paramref name="by"/> on <paramref name="on"/>; a signature fixes the appeal instructions.</summary>
    private static void Step(Decision decision, DecisionStep step, Employee by, Client client, DateOnly on, string note = "")
    {
        if (step is DecisionStep.Submit or DecisionStep.Sign)
        {
            var type = DecisionTypes.Find(decision.Content.TypeCode)!;
            Complete(decision.Content, type, on);
        }

        if (decision.Take(step, by.Id, Roles(by), client.NeedsSpecialSupport, on, note) is StepOutcome.Refused refused)
        {
            throw new InvalidOperationException($"Demo decision: {by.Email} may not take the step {step} ({refused.Reason}).");
        }

        if (step == DecisionStep.Sign)
        {
            decision.PrintWith(AppealInstructionVersion);
        }
    }

    /// <summary>Handed to the client at a meeting: a dispatch sent that day, as the in-person channel records it.</summary>
    private void InPerson(Decision decision, Employee by, Client client, DateOnly on)
    {
        var dispatch = Order(decision, DeliveryMethod.InPerson, by, client, on);
        dispatch.Sent(on, At(on, 11), "HandedOver");
        decision.Delivered(AppealDates.For(DeliveryMethod.InPerson, on), by.Id);
    }

    /// <summary>A letter in the print batch; once <paramref name="postedOn"/> is given, posted that day and so delivered.</summary>
    private void Letter(Decision decision, Employee by, Client client, DateOnly orderedOn, DateOnly? postedOn)
    {
        var dispatch = Order(decision, DeliveryMethod.Letter, by, client, orderedOn);
        dispatch.AwaitPrint(At(orderedOn, 11));
        if (postedOn is { } posted)
        {
            dispatch.Sent(posted, At(posted, 9), "Posted");
            decision.Delivered(AppealDates.For(DeliveryMethod.Letter, posted), dispatch.OrderedById);
        }
    }

    private DecisionDispatch Order(Decision decision, DeliveryMethod method, Employee by, Client client, DateOnly on)
    {
        if (decision.Check(DecisionStep.Deliver, by.Id, Roles(by), client.NeedsSpecialSupport) is StepOutcome.Refused refused)
        {
            throw new InvalidOperationException($"Demo decision: {by.Email} may not deliver ({refused.Reason}).");
        }

        var dispatch = DecisionDispatch.Order(decision, method, by.Id, At(on, 11));
        db.DecisionDispatches.Add(dispatch);
        return dispatch;
    }

    private void Request(Decision decision, Employee recordedBy, DateOnly receivedOn, bool expectLate, string text)
    {
        var request = RectificationRequest.Record(decision, receivedOn, text, recordedBy.Id, At(receivedOn, 13));
        if (request.IsLate != expectLate)
        {
            throw new InvalidOperationException($"Demo decision: the request received {D(receivedOn)} should {(expectLate ? "" : "not ")}be late.");
        }

        db.RectificationRequests.Add(request);
    }

    private static void Complete(DecisionContent content, DecisionType type, DateOnly on)
    {
        var valid = type.BasesInForceOn(on).Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var problems = DecisionRules.CheckForSigning(content, valid, type.MayBeGrantedWithoutTerm);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Demo decision of {type.Code}: {string.Join(", ", problems.Select(p => $"{p.Field} {p.Kind}"))}.");
        }
    }

    private static List<Role> Roles(Employee employee) => employee.Roles.Select(r => r.Role).ToList();

    /// <summary>"Mikael Nyström, sosiaaliohjaaja, puh. 040 123 4568" — made-up numbers for the demo.</summary>
    private static string Contact(Employee employee, string title, string phone, string phoneLabel = "puh.") =>
        $"{employee.FirstName} {employee.LastName}, {title}, {phoneLabel} {phone}";

    /// <summary>A term of <paramref name="months"/> months from <paramref name="starts"/>, its last day included.</summary>
    private static DateOnly Term(DateOnly starts, int months) => starts.AddMonths(months).AddDays(-1);

    private static string D(DateOnly? date) => date?.ToString("d.M.yyyy", CultureInfo.InvariantCulture) ?? "";

    private static DateTimeOffset At(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static DateOnly NextWorkingDay(DateOnly date) => WorkingDays.Add(date, 1);

    private DateOnly WorkingDaysAgo(int days) => WorkingDaysBefore(today, days);

    /// <summary>The working day <paramref name="days"/> working days before <paramref name="date"/>.</summary>
    internal static DateOnly WorkingDaysBefore(DateOnly date, int days)
    {
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
