using Polku.Domain.Access;
using Polku.Domain.Assessments;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.Organisations;

namespace Polku.Data.Seed;

/// <summary>A demo organisation with its partners and its access criteria (domain.md § How the regions differ).</summary>
public sealed record DemoRegion(Organisation Organisation, IReadOnlyList<(Organisation Provider, ProductionMode Mode)> Partners, IReadOnlyList<AccessCriterion> Criteria);

public static class DemoRegions
{
    public const string VantaaCode = "092";
    public const string EspooCode = "049";
    public const string PhhykyCode = "PHHYKY";

    public static IEnumerable<DemoRegion> All
    {
        get
        {
            var vaasa = Vaasa();
            yield return new(vaasa, VaasaPartners().ToList(), Criteria(vaasa,
                ("social-services-client", CriterionKind.Required, null, "Sosiaalipalvelujen asiakas", "Klient inom socialservicen", "Client of social services"),
                ("own-request", CriterionKind.AnyOf, null, "Asiakkaan oma pyyntö", "Klientens egen begäran", "The client's own request"),
                ("clear-need", CriterionKind.AnyOf, null, "Selvä tarve sosiaaliselle kuntoutukselle", "Tydligt behov av social rehabilitering", "A clear need for social rehabilitation")));

            // Vantaa works by team: a worker sees their own team's clients, others by stating a reason.
            var vantaa = new Organisation
            {
                Code = VantaaCode, Name = new("Vantaa", "Vanda", "Vantaa"), Kind = OrganisationKind.Municipality, Languages = ["fi", "sv"],
                AccessPolicy = AccessPolicy.Team,
            };
            var adultSocialWork = new Unit { OrganisationId = vantaa.Id, Name = new("Aikuissosiaalityö", "Socialt arbete för vuxna", "Adult social work"), Kind = UnitKind.Unit };
            vantaa.Units.AddRange(
            [
                adultSocialWork,
                new Unit { OrganisationId = vantaa.Id, ParentUnitId = adultSocialWork.Id, Name = new("Tikkurilan tiimi", "Dickursby-teamet", "Tikkurila team"), Kind = UnitKind.Team },
                new Unit { OrganisationId = vantaa.Id, ParentUnitId = adultSocialWork.Id, Name = new("Myyrmäen tiimi", "Myrbacka-teamet", "Myyrmäki team"), Kind = UnitKind.Team },
            ]);
            yield return new(vantaa, [], CapitalRegionCriteria(vantaa));

            var espoo = new Organisation { Code = EspooCode, Name = new("Espoo", "Esbo", "Espoo"), Kind = OrganisationKind.Municipality, Languages = ["fi", "sv"] };
            espoo.Units.Add(new Unit { OrganisationId = espoo.Id, Name = new("Aikuissosiaalityö", "Socialt arbete för vuxna", "Adult social work"), Kind = UnitKind.Team });
            yield return new(espoo, [], CapitalRegionCriteria(espoo));

            var phhyky = new Organisation
            {
                Code = PhhykyCode,
                Name = new("Päijät-Hämeen hyvinvointialue", "Päijänne-Tavastlands välfärdsområde", "Päijät-Häme wellbeing services county"),
                Kind = OrganisationKind.WellbeingServicesCounty,
                Languages = ["fi"],
                Areas =
                [
                    new(RegionalChains.SysmaCode, new("Sysmä", "Sysmä", "Sysmä")),
                    new(RegionalChains.HeinolaCode, new("Heinola", "Heinola", "Heinola")),
                ],
            };
            phhyky.Units.Add(new Unit { OrganisationId = phhyky.Id, Name = new("Aikuissosiaalityö", "Socialt arbete för vuxna", "Adult social work"), Kind = UnitKind.Team });
            phhyky.Units.Add(new Unit { OrganisationId = phhyky.Id, Name = new("Noste", "Noste", "Noste"), Kind = UnitKind.Unit });
            yield return new(phhyky, [], Criteria(phhyky,
                ("many-sided-challenges", CriterionKind.AnyOf, null, "Monitahoiset haasteet", "Mångfasetterade utmaningar", "Many-sided challenges"),
                ("strong-support-need", CriterionKind.AnyOf, null, "Vahva tuen tarve", "Starkt behov av stöd", "A strong need of support")));
        }
    }

    /// <summary>
    /// Capital region: anyone in need of special support; with an acute substance-abuse or mental-health problem
    /// only when a treatment contact is recorded.
    /// </summary>
    private static List<AccessCriterion> CapitalRegionCriteria(Organisation city) => Criteria(city,
        ("special-support-need", CriterionKind.Required, null, "Erityisen tuen tarve (SHL 3 §)", "Behov av särskilt stöd (SochVL 3 §)", "Special support need (SHL § 3)"),
        ("acute-problem", CriterionKind.Condition, "treatment-contact", "Akuutti päihde- tai mielenterveysongelma", "Akut missbruks- eller mentalvårdsproblem", "Acute substance-abuse or mental-health problem"),
        ("treatment-contact", CriterionKind.Information, null, "Hoitokontakti on kirjattu", "Vårdkontakt är antecknad", "A treatment contact is recorded"));

    private static List<AccessCriterion> Criteria(Organisation organisation, params (string Code, CriterionKind Kind, string? Requires, string Fi, string Sv, string En)[] items) =>
        items.Select((c, index) => new AccessCriterion
        {
            OrganisationId = organisation.Id,
            Code = c.Code,
            Kind = c.Kind,
            RequiresCode = c.Requires,
            Name = new LocalizedName(c.Fi, c.Sv, c.En),
            SortOrder = index,
        }).ToList();

    private static Organisation Vaasa()
    {
        var vaasa = new Organisation
        {
            Code = DemoData.VaasaCode,
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
