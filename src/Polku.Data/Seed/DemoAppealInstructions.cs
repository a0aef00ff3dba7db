using Microsoft.EntityFrameworkCore;
using Polku.Domain.Decisions;

namespace Polku.Data.Seed;

/// <summary>
/// The demo organisations' first version of their appeal instructions (HL 434/2003 §§ 46 and 49c–49e), in Finnish and
/// Swedish, so their decisions can be signed in either language. Addresses are plausible, e-mail addresses are under
/// the reserved <c>.example</c> domain: nobody should send a real request for rectification to a demo.
/// </summary>
public static class DemoAppealInstructions
{
    /// <summary>Who handles the request and where, per demo organisation (Finnish, then Swedish).</summary>
    private sealed record Office(
        string AuthorityFi, string AuthoritySv, string PostalFi, string PostalSv, string VisitFi, string VisitSv,
        string RegistryFi, string RegistrySv, string ServicesFi, string ServicesSv, string Phone, string Email, string Web);

    private static readonly Dictionary<string, Office> Offices = new()
    {
        [DemoData.VaasaCode] = new(
            "Vaasan kaupungin sosiaali- ja terveyslautakunnan yksilöasioiden jaosto",
            "Vasa stads social- och hälsovårdsnämnds sektion för individärenden",
            "PL 3, 65101 Vaasa", "PB 3, 65101 Vasa",
            "Kaupungintalo, Senaatinkatu 1, 65100 Vaasa", "Stadshuset, Senatsgatan 1, 65100 Vasa",
            "Vaasan kaupungin kirjaamo", "Vasa stads registratorskontor",
            "Vaasan kaupunki, sosiaalipalvelut", "Vasa stad, socialservicen",
            "06 325 1111", "kirjaamo@vaasa.example", "www.vaasa.fi"),
        [DemoRegions.VantaaCode] = new(
            "Vantaan kaupungin sosiaali- ja terveyslautakunnan yksilöasiainjaosto",
            "Vanda stads social- och hälsovårdsnämnds sektion för individärenden",
            "PL 1100, 01030 Vantaan kaupunki", "PB 1100, 01030 Vanda stad",
            "Asematie 7, 01300 Vantaa", "Stationsvägen 7, 01300 Vanda",
            "Vantaan kaupungin kirjaamo", "Vanda stads registratorskontor",
            "Vantaan kaupunki, aikuissosiaalityö", "Vanda stad, socialt arbete för vuxna",
            "09 83911", "kirjaamo@vantaa.example", "www.vantaa.fi"),
        [DemoRegions.EspooCode] = new(
            "Espoon kaupungin sosiaali- ja terveyslautakunnan yksilöasiainjaosto",
            "Esbo stads social- och hälsovårdsnämnds sektion för individärenden",
            "PL 1, 02070 Espoon kaupunki", "PB 1, 02070 Esbo stad",
            "Kamreerintie 3, 02770 Espoo", "Kamrersvägen 3, 02770 Esbo",
            "Espoon kaupungin kirjaamo", "Esbo stads registratorskontor",
            "Espoon kaupunki, aikuissosiaalityö", "Esbo stad, socialt arbete för vuxna",
            "09 816 21", "kirjaamo@espoo.example", "www.espoo.fi"),
        [DemoRegions.PhhykyCode] = new(
            "Päijät-Hämeen hyvinvointialueen yksilöasioiden jaosto",
            "Päijänne-Tavastlands välfärdsområdes sektion för individärenden",
            "Keskussairaalankatu 7, 15850 Lahti", "Centralsjukhusgatan 7, 15850 Lahtis",
            "Keskussairaalankatu 7, 15850 Lahti", "Centralsjukhusgatan 7, 15850 Lahtis",
            "Päijät-Hämeen hyvinvointialueen kirjaamo", "Päijänne-Tavastlands välfärdsområdes registratorskontor",
            "Päijät-Hämeen hyvinvointialue, aikuissosiaalityö", "Päijänne-Tavastlands välfärdsområde, socialt arbete för vuxna",
            "03 819 11", "kirjaamo@phhyky.example", "www.paijatha.fi"),
    };

    /// <summary>Finnish texts of a demo organisation's instructions (also used by tests as a realistic example).</summary>
    public static AppealTexts Finnish(string organisationCode)
    {
        var o = Offices[organisationCode];
        return new AppealTexts
        {
            Authority = $"{o.AuthorityFi}\nPostiosoite: {o.RegistryFi}, {o.PostalFi}\nKäyntiosoite: {o.VisitFi}",
            HowToRequest =
                $"Oikaisuvaatimus tehdään kirjallisesti. Sen voi lähettää postitse tai sähköpostitse osoitteeseen {o.Email} tai jättää kirjaamoon "
                + "käyntiosoitteessa arkisin kello 9–15. Oikaisuvaatimuksen on oltava kirjaamossa viimeistään määräajan viimeisenä päivänä ennen kello 15:tä. "
                + "Postitse tai sähköpostitse lähetetty oikaisuvaatimus lähetetään lähettäjän omalla vastuulla.",
            RequestContents =
                "Oikaisuvaatimuksessa on ilmoitettava (hallintolaki 434/2003, 49 e §):\n"
                + "– päätös, johon oikaisua vaaditaan, esimerkiksi päätöksen päivämäärä ja asia\n"
                + "– millaista oikaisua päätökseen vaaditaan eli miten päätöstä pitäisi muuttaa\n"
                + "– millä perusteilla oikaisua vaaditaan\n"
                + "– vaatimuksen tekijän nimi ja yhteystiedot sekä postiosoite, johon asian käsittelyyn liittyvät ilmoitukset voidaan lähettää.\n"
                + "Jos vaatimuksen laatii tai tekijän puhevaltaa käyttää joku muu, myös hänen nimensä ja yhteystietonsa on ilmoitettava. "
                + "Oikaisuvaatimuksen tekijä tai hänen edustajansa allekirjoittaa oikaisuvaatimuksen. Liitteeksi voi liittää asiakirjat, joihin vaatimus perustuu.",
            ContactDetails = $"{o.ServicesFi}\n{o.PostalFi}\nPuhelinvaihde {o.Phone}\n{o.Email}\n{o.Web}",
        };
    }

    /// <summary>Swedish texts of a demo organisation's instructions.</summary>
    public static AppealTexts Swedish(string organisationCode)
    {
        var o = Offices[organisationCode];
        return new AppealTexts
        {
            Authority = $"{o.AuthoritySv}\nPostadress: {o.RegistrySv}, {o.PostalSv}\nBesöksadress: {o.VisitSv}",
            HowToRequest =
                $"Begäran om omprövning ska framställas skriftligen. Den kan sändas per post eller per e-post till {o.Email} eller lämnas in vid "
                + "registratorskontoret på besöksadressen vardagar kl. 9–15. Begäran ska ha kommit in till registratorskontoret senast den sista dagen "
                + "av tidsfristen före kl. 15. En begäran som sänds per post eller e-post sänds på avsändarens eget ansvar.",
            RequestContents =
                "Av begäran om omprövning ska framgå (förvaltningslagen 434/2003, 49 e §):\n"
                + "– det beslut i vilket omprövning begärs, till exempel beslutets datum och ärende\n"
                + "– hurdan omprövning som begärs, det vill säga hur beslutet borde ändras\n"
                + "– på vilka grunder omprövning begärs\n"
                + "– namn och kontaktuppgifter för den som begär omprövning samt den postadress till vilken meddelanden om behandlingen av ärendet kan sändas.\n"
                + "Om någon annan har skrivit begäran eller för talan för den som begär omprövning ska också hans eller hennes namn och kontaktuppgifter anges. "
                + "Den som begär omprövning eller hans eller hennes företrädare undertecknar begäran. Till begäran kan fogas de handlingar som den grundar sig på.",
            ContactDetails = $"{o.ServicesSv}\n{o.PostalSv}\nTelefonväxel {o.Phone}\n{o.Email}\n{o.Web}",
        };
    }

    /// <summary>Adds version 1 for every demo organisation that has none yet (also in a demo database made before these existed).</summary>
    public static async Task EnsureAsync(PolkuDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var codes = Offices.Keys.ToList();
        var missing = await db.Organisations.Where(o => codes.Contains(o.Code) && !db.AppealInstructions.Any(a => a.OrganisationId == o.Id))
            .Select(o => new { o.Id, o.Code }).ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        var createdAt = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        db.AppealInstructions.AddRange(missing.Select(o => new AppealInstruction
        {
            OrganisationId = o.Id, Version = 1, Finnish = Finnish(o.Code), Swedish = Swedish(o.Code), CreatedAt = createdAt,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
