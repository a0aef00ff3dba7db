using Polku.Domain.Common;
using Polku.Domain.Organisations;
using Polku.Domain.Services;

namespace Polku.Data.Seed;

/// <summary>
/// The demo organisations' service catalogues: Vaasa's own units and partners as the Vaasa report names them
/// (domain.md § Places and providers), and Espoo's own groups that pay activity money and a travel card.
/// </summary>
internal static class DemoServices
{
    public static IEnumerable<Service> For(DemoRegion region, DateOnly today) => region.Organisation.Code switch
    {
        DemoData.VaasaCode => Vaasa(region, today.AddYears(-2)),
        DemoRegions.EspooCode => Espoo(region.Organisation, today.AddYears(-1)),
        _ => [],
    };

    private static IEnumerable<Service> Vaasa(DemoRegion region, DateOnly from)
    {
        var vaasa = region.Organisation;
        Guid Provider(string code) => region.Partners.Single(p => p.Provider.Code == code).Provider.Id;
        Guid Unit(string fi) => vaasa.Units.Single(u => u.Name.Fi == fi).Id;
        Service New(string code, string fi, string sv, string en, ServiceType type, string descriptionFi, string descriptionSv) => new()
        {
            OrganisationId = vaasa.Id, Code = code, Name = new(fi, sv, en), Type = type, Description = new(descriptionFi, descriptionSv), ActiveFrom = from,
        };

        var upseeri = New("upseeri", "Työpaja Upseeri", "Verkstaden Upseeri", "Upseeri workshop", ServiceType.Workshop,
            "Nuorten kuntouttava työpajatoiminta: puu-, metalli- ja mediapaja, arjen taitojen harjoittelu ja jatko-opintoihin ohjaus. Kolmena päivänä viikossa klo 9–14.",
            "Rehabiliterande verkstadsverksamhet för unga: trä-, metall- och mediaverkstad, vardagsfärdigheter och vägledning till fortsatta studier. Tre dagar i veckan kl. 9–14.");
        upseeri.Producer = ProducerType.Purchased;
        upseeri.ProviderId = Provider("pspy");
        upseeri.MinAge = 18;
        upseeri.MaxAge = 29;
        upseeri.TargetGroup = "Nuoret aikuiset ilman opiskelu- tai työpaikkaa";
        upseeri.Capacity = 12;
        upseeri.UnitPrice = 48.50m;
        upseeri.PriceUnit = CommitmentUnit.Day;
        upseeri.DecisionTypeCode = "workshop-activity";
        yield return upseeri;

        var aura = New("aura", "Auran ryhmätoiminta", "Aura gruppverksamhet", "Aura group work activity", ServiceType.WorkActivity,
            "Vaasan Setlementtiyhdistyksen kuntouttava ryhmätyötoiminta: keittiö, kierrätys ja kiinteistötyöt pienryhmissä.",
            "Vasa Settlementförenings rehabiliterande gruppverksamhet: kök, återvinning och fastighetsarbete i små grupper.");
        aura.Producer = ProducerType.Purchased;
        aura.ProviderId = Provider("setlementti");
        aura.MinAge = 18;
        aura.Capacity = 20;
        aura.UnitPrice = 32m;
        aura.PriceUnit = CommitmentUnit.Day;
        aura.DecisionTypeCode = "rehabilitative-work-activity";
        yield return aura;

        var foregangarna = New("foregangarna", "Resurscentret Föregångarna", "Resurscentret Föregångarna", "Föregångarna resource centre", ServiceType.Workshop,
            "Ruotsinkielinen työpaja: käsityö, kahvila ja arjen taidot ruotsiksi.",
            "Svenskspråkig verkstad: hantverk, café och vardagsfärdigheter på svenska.");
        foregangarna.Producer = ProducerType.Purchased;
        foregangarna.ProviderId = Provider("foregangarna");
        foregangarna.Languages = ["sv"];
        foregangarna.MinAge = 17;
        foregangarna.MaxAge = 35;
        foregangarna.Capacity = 8;
        foregangarna.UnitPrice = 52m;
        foregangarna.PriceUnit = CommitmentUnit.Day;
        foregangarna.DecisionTypeCode = "workshop-activity";
        yield return foregangarna;

        var validia = New("validia", "Validian päivätoiminta", "Validias dagverksamhet", "Validia day activity", ServiceType.DayActivity,
            "Kaksikielinen päivätoiminta vammaisille aikuisille: ryhmät, ulkoilu ja arjen harjoittelu.",
            "Tvåspråkig dagverksamhet för vuxna med funktionsnedsättning: grupper, utevistelse och vardagsträning.");
        validia.Producer = ProducerType.Purchased;
        validia.ProviderId = Provider("validia");
        validia.Languages = ["fi", "sv"];
        validia.MinAge = 18;
        validia.Capacity = 15;
        validia.UnitPrice = 410m;
        validia.PriceUnit = CommitmentUnit.Month;
        validia.DecisionTypeCode = "disability-day-and-work-activity";
        yield return validia;

        var klaara = New("klaara", "Nuorisoasema Klaara", "Ungdomsstationen Klaara", "Klaara youth station", ServiceType.IndividualGuidance,
            "Matalan kynnyksen ohjausta ja keskusteluapua 13–24-vuotiaille ilman ajanvarausta.",
            "Lågtröskelvägledning och samtalsstöd för 13–24-åringar utan tidsbokning.");
        klaara.UnitId = Unit("Nuorisoasema Klaara");
        klaara.Languages = ["fi", "sv"];
        klaara.MinAge = 13;
        klaara.MaxAge = 24;
        klaara.RequiresDecision = false;
        yield return klaara;

        var horisontti = New("horisontti", "Horisontin avoin ryhmä", "Horisonttis öppna grupp", "Horisontti open group", ServiceType.GroupActivity,
            "Mielenterveys- ja päihdekeskuksen avoin vertaisryhmä yli 25-vuotiaille, tiistaisin klo 13–15.",
            "Mental- och missbrukarcentrets öppna kamratgrupp för personer över 25, tisdagar kl. 13–15.");
        horisontti.UnitId = Unit("Horisontti – mielenterveys- ja päihdekeskus");
        horisontti.MinAge = 25;
        horisontti.RequiresDecision = false;
        yield return horisontti;

        foreach (var (code, unit, fi, sv, en, description, capacity) in new[]
        {
            ("helppari", "Helppari", "Helppari", "Helppari", "Helppari", "Kuntouttava työtoiminta vanhuspalvelujen avustavissa tehtävissä.", 10),
            ("vuorikoti", "Vuorikoti", "Vuorikodin työtoiminta", "Bergshemmets arbetsverksamhet", "Vuorikoti work activity", "Kuntouttava työtoiminta tehostetun palveluasumisen yksikössä Vuorikodissa.", 6),
            ("himalaja", "Himalaja", "Himalajan työtoiminta", "Himalajas arbetsverksamhet", "Himalaja work activity", "Kuntouttava työtoiminta Himalajan palvelutalossa; seuraava askel Vuorikodin jälkeen.", 6),
        })
        {
            var own = New(code, fi, sv, en, ServiceType.WorkActivity, description, "");
            own.UnitId = Unit(unit);
            own.MinAge = 18;
            own.Capacity = capacity;
            own.DecisionTypeCode = "rehabilitative-work-activity";
            yield return own;
        }
    }

    private static IEnumerable<Service> Espoo(Organisation espoo, DateOnly from)
    {
        yield return new Service
        {
            OrganisationId = espoo.Id, Code = "arjen-taidot", Name = new("Arjen taidot -ryhmä", "Vardagsfärdigheter – grupp", "Everyday skills group"), Type = ServiceType.GroupActivity,
            Description = new("Suljettu ryhmä kahdesti viikossa: raha-asiat, ruoanlaitto, asiointi. Säännöllisesti osallistuvalle toimintaraha ja matkakortti.",
                "Sluten grupp två gånger i veckan: ekonomi, matlagning, ärenden. Verksamhetspenning och resekort för den som deltar regelbundet."),
            Languages = ["fi", "sv"], MinAge = 18, Capacity = 10, RequiresDecision = false, ActiveFrom = from,
        };
        yield return new Service
        {
            OrganisationId = espoo.Id, Code = "individual-guidance", Name = new("Yksilöllinen ohjaus", "Individuell handledning", "Individual guidance"), Type = ServiceType.IndividualGuidance,
            Description = new("Sosiaaliohjaajan tavoitteellinen yksilöohjaus kotona ja asioinnissa.", "Socialhandledarens målinriktade individuella handledning hemma och i ärenden."),
            Languages = ["fi", "sv"], MinAge = 18, ActiveFrom = from,
        };
    }

    /// <summary>Whom Vaasa deals with at each partner; notices go to the first address.</summary>
    public static List<ProviderContact> Contacts(Organisation provider) =>
        [new($"{provider.Name.Fi}, palveluohjaus", $"palvelut@{provider.Code}.example.invalid", "06 123 4567", "yhteyshenkilö")];
}
