using System.Globalization;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Services;

namespace Polku.Bench.Generation;

/// <summary>A provider the organisation buys from or works with, its partnership and one member of its staff with an account.</summary>
internal sealed record ProviderSetup(Organisation Organisation, Partnership Partnership, DataGenerator.Staff Staff);

/// <summary>What an organisation configures before its first decision: service settings, its decision chain and appeal instructions.</summary>
internal sealed record OrganisationSettings(ServiceSettings Services, DecisionChainSetting Chain, AppealInstruction Appeal)
{
    public ChainVersion ChainVersion { get; } = DecisionChainSetting.Resolve(Chain, null);
}

public sealed partial class DataGenerator
{
    private static readonly (string Fi, string Sv, ProductionMode Mode)[] ProviderKinds =
    [
        ("Työpajasäätiö", "Verkstadsstiftelsen", ProductionMode.Purchased),
        ("Päivätoimintakeskus", "Dagverksamhetscentret", ProductionMode.Purchased),
        ("Kohtaamispaikka ry", "Mötesplatsen rf", ProductionMode.ThirdSector),
    ];

    /// <summary>
    /// The organisation's partners, as the demo's Vaasa has them: two it buys from and one association, each with a
    /// contact on the partnership and a member of staff who answers referrals (<c>b01.p1</c>…).
    /// </summary>
    private List<ProviderSetup> Providers(Organisation organisation, string town, DateOnly since)
    {
        var prefix = organisation.Code.ToLowerInvariant();
        return ProviderKinds.Select((kind, i) =>
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"{organisation.Code}P{i + 1}");
            var provider = new Organisation
            {
                Id = Id(At(since)),
                Code = code,
                Name = new LocalizedName($"{town}n {kind.Fi}", $"{kind.Sv} i {town}", $"{town}n {kind.Fi}"),
                Kind = OrganisationKind.ServiceProvider,
                Languages = organisation.Languages,
            };
            var partnership = new Partnership
            {
                Id = Id(At(since)),
                OrganisationId = organisation.Id,
                ProviderId = provider.Id,
                Mode = kind.Mode,
                Contacts = [new ProviderContact($"{provider.Name.Fi}, palveluohjaus", $"palvelut@{code.ToLowerInvariant()}.example.invalid", "040 123 4567", "yhteyshenkilö")],
            };
            var userName = string.Create(CultureInfo.InvariantCulture, $"{prefix}.p{i + 1}");
            var staff = Employee(provider, null, userName, "ohjaaja", Role.ProviderStaff);
            return new ProviderSetup(provider, partnership, staff);
        }).ToList();
    }

    /// <summary>Version 1 of the settings the demo organisations are seeded with, in the generated organisation's words.</summary>
    private OrganisationSettings Settings(Organisation organisation, string town, DateOnly since)
    {
        var at = At(since);
        var services = new ServiceSettings
        {
            OrganisationId = organisation.Id,
            CommitmentWarningDays = ServiceSettings.DefaultWarningDays,
            DailyActivityMoney = 9m,
            TravelCardMinSessions = 8,
        };
        var national = RegionalChains.National;
        var chain = new DecisionChainSetting
        {
            Id = Id(at),
            OrganisationId = organisation.Id,
            Version = 1,
            Rules = new DecisionChainOverride
            {
                SteeringGroupReviews = national.SteeringGroupReviews,
                Preparers = national.Preparers,
                Signers = national.Signers,
                PreparerMayDecide = national.PreparerMayDecide,
                SpecialSupportNeedsSocialWorker = national.SpecialSupportNeedsSocialWorker,
            },
            ChangedAt = at,
        };
        var email = $"kirjaamo@{organisation.Code.ToLowerInvariant()}.example";
        var appeal = new AppealInstruction
        {
            Id = Id(at),
            OrganisationId = organisation.Id,
            Version = 1,
            Finnish = new AppealTexts
            {
                Authority = $"{organisation.Name.Fi}, yksilöasioiden jaosto\nPostiosoite: kirjaamo, PL 1, {town}",
                HowToRequest = $"Oikaisuvaatimus tehdään kirjallisesti. Sen voi lähettää postitse tai sähköpostitse osoitteeseen {email} tai jättää kirjaamoon arkisin kello 9–15 viimeistään määräajan viimeisenä päivänä.",
                RequestContents = "Oikaisuvaatimuksessa on ilmoitettava päätös, johon oikaisua vaaditaan, miten päätöstä pitäisi muuttaa ja millä perusteilla, sekä tekijän nimi ja yhteystiedot (hallintolaki 434/2003, 49 e §).",
                ContactDetails = $"{organisation.Name.Fi}, sosiaalipalvelut\nPL 1, {town}\n{email}",
            },
            Swedish = new AppealTexts
            {
                Authority = $"{organisation.Name.Sv}, sektionen för individärenden\nPostadress: registratorskontoret, PB 1, {town}",
                HowToRequest = $"Begäran om omprövning ska framställas skriftligen. Den kan sändas per post eller per e-post till {email} eller lämnas in vid registratorskontoret vardagar kl. 9–15 senast den sista dagen av tidsfristen.",
                RequestContents = "Av begäran ska framgå det beslut i vilket omprövning begärs, hur beslutet borde ändras och på vilka grunder, samt namn och kontaktuppgifter för den som begär omprövning (förvaltningslagen 434/2003, 49 e §).",
                ContactDetails = $"{organisation.Name.Sv}, socialservicen\nPB 1, {town}\n{email}",
            },
            CreatedAt = at,
        };
        return new OrganisationSettings(services, chain, appeal);
    }
}
