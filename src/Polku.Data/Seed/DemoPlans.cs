using Polku.Domain.Plans;

namespace Polku.Data.Seed;

/// <summary>The content of the demo plans: small goals set with the client, each level described, in the client's language.</summary>
internal static class DemoPlans
{
    public static PlanContent Young(DateOnly nextReview) => new()
    {
        ClientView = "Haluan saada päivät rullaamaan ja päästä opiskelemaan.",
        WorkerAssessment = "Päivärytmi puuttuu, ei opiskelupaikkaa; motivoitunut työpajaan.",
        ClientStrengths = "Kiinnostunut puutöistä ja pelien tekemisestä. Hyvä suhde isoveljeen.",
        WorkerStrengths = "Tulee tapaamisiin ja puhuu avoimesti; on itse hakenut tukea TE-toimiston kautta.",
        ClientCommitments = "Käyn työpajalla sovittuina päivinä ja kerron ohjaajalle, jos en pääse.",
        MeetingFrequency = "joka toinen viikko",
        EndsOn = nextReview.AddMonths(9),
        SupportLevel = SupportLevel.Intensive,
        NextReviewOn = nextReview,
        Goals =
        [
            new(Guid.CreateVersion7(), "Herään arkiaamuisin klo 9 mennessä", "local:daily-life", 3, -1,
                ["Herään yleensä vasta iltapäivällä", "Herään klo 9 mennessä 1–2 aamuna viikossa", "Herään klo 9 mennessä 3 aamuna viikossa",
                 "Herään klo 9 mennessä 4 aamuna viikossa", "Herään klo 9 mennessä joka arkiaamu"]),
            new(Guid.CreateVersion7(), "Käyn Työpaja Upseerissa", "local:work-study", 2, -1,
                ["En käy työpajalla", "Käyn tutustumassa kerran", "Käyn kerran viikossa kuukauden ajan",
                 "Käyn kahdesti viikossa", "Aloitan työpajajakson kolmena päivänä viikossa"]),
            new(Guid.CreateVersion7(), "Haen opiskelupaikkaa kevään yhteishaussa", "local:work-study", 2, -1,
                ["En selvitä vaihtoehtoja", "Tutustun vaihtoehtoihin ohjaajan kanssa", "Valitsen kaksi hakukohdetta",
                 "Täytän hakemuksen", "Lähetän hakemuksen ja käyn pääsykokeessa"]),
        ],
        SituationalFactors = [new("local:work-study", "Peruskoulun jälkeen keskeytynyt ammattikoulu."), new("local:daily-life", "Valvoo öisin.")],
        Services =
        [
            new(Guid.CreateVersion7(), "local:workshop", "Työpaja Upseeri, Pohjanmaan sosiaalipsykiatrinen yhdistys", nextReview.AddDays(-20), nextReview.AddMonths(6)),
            new(Guid.CreateVersion7(), "local:individual-guidance", "Sosiaaliohjaus, Vaasan kaupunki", null, null),
        ],
        Methods = [new(Guid.CreateVersion7(), "local:accompanying", "Ohjaaja lähtee mukaan ensimmäiselle työpajakäynnille.")],
        NetworkMembers = [new("Paula Mäkelä", "Työpaja Upseeri", "Työpajan ohjaus ja palaute tarkistuksiin")],
        Supporters = [new("Isoveli", "veli")],
        ClientParticipated = true,
        ClientAgreement = ClientAgreement.Agrees,
    };

    public static PlanContent Swedish(DateOnly nextReview) => new()
    {
        ClientView = "Jag vill hitta något meningsfullt att göra om dagarna.",
        WorkerAssessment = "Lång sjukskrivning, ensamhet; vill delta i tvåspråkig dagverksamhet.",
        ClientStrengths = "Tycker om att baka och handarbeta.",
        WorkerStrengths = "Tar själv kontakt och håller överenskommelser.",
        ClientCommitments = "Jag går till Majakka på tisdagar.",
        MeetingFrequency = "en gång i månaden",
        EndsOn = nextReview.AddMonths(7),
        SupportLevel = SupportLevel.Basic,
        NextReviewOn = nextReview,
        Goals =
        [
            new(Guid.CreateVersion7(), "Jag går till dagverksamheten varje vecka", "local:relationships", 2, -1,
                ["Jag går inte alls", "Jag går någon gång i månaden", "Jag går en gång i veckan",
                 "Jag går två gånger i veckan", "Jag går två gånger i veckan och hjälper till i köket"]),
            new(Guid.CreateVersion7(), "Jag träffar en vän varje vecka", "local:relationships", 1, -1,
                ["Jag träffar ingen", "Jag träffar någon varannan vecka", "Jag träffar en vän varje vecka",
                 "Jag träffar vänner två gånger i veckan", "Jag har ordnat en egen träff för gruppen"]),
        ],
        SituationalFactors = [new("local:loneliness", "Bor ensam, familjen i Sverige.")],
        Services = [new(Guid.CreateVersion7(), "local:group-activity", "Palvelukeskus Majakka, tvåspråkig dagverksamhet", null, null)],
        Methods = [new(Guid.CreateVersion7(), "local:conversation", "Samtal med socialhandledaren en gång i månaden.")],
        ClientParticipated = true,
        ClientAgreement = ClientAgreement.PartlyAgrees,
        ClientComment = "Jag vill börja med en dag i veckan, inte två.",
    };
}
