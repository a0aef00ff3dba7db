namespace Polku.Domain.Services;

/// <summary>
/// The path templates Polku knows: the national general direction every organisation has, and Vaasa's own path through
/// its work activity units (Vaasa report § 4).
/// </summary>
public static class PathTemplates
{
    public const string GeneralCode = "general";
    public const string VaasaCode = "vaasa";

    private static readonly PathStep WageSubsidy = new(
        "wage-subsidy", new("Palkkatuki tai työkokeilu", "Lönesubvention eller arbetsprövning", "Wage subsidy or work trial"), [ServiceType.WageSubsidy, ServiceType.WorkTrial], []);

    private static readonly PathStep LabourMarket = new(
        "labour-market", new("Avoimet työmarkkinat", "Den öppna arbetsmarknaden", "Open labour market"), [ServiceType.OpenLabourMarket], []);

    /// <summary>Individual guidance → group activity → rehabilitative work activity → wage subsidy or work trial → open labour market.</summary>
    public static PathTemplate General() => new()
    {
        Code = GeneralCode,
        Name = new("Yleinen jatkopolku", "Allmän fortsatt väg", "General service path"),
        SortOrder = 0,
        Steps =
        [
            new("individual-guidance", new("Yksilöohjaus", "Individuell handledning", "Individual guidance"), [ServiceType.IndividualGuidance], []),
            new("group", new("Ryhmätoiminta", "Gruppverksamhet", "Group activity"), [ServiceType.GroupActivity], []),
            new("work-activity", new("Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity"),
                [ServiceType.WorkActivity, ServiceType.Workshop, ServiceType.DayActivity], []),
            WageSubsidy,
            LabourMarket,
        ],
    };

    /// <summary>Vaasa's own path: Vuorikoti → Himalaja → wage subsidy → labour market.</summary>
    public static PathTemplate Vaasa(Guid organisationId) => new()
    {
        OrganisationId = organisationId,
        Code = VaasaCode,
        Name = new("Vuorikodista työelämään", "Från Bergshemmet till arbetslivet", "From Vuorikoti to working life"),
        SortOrder = 10,
        Steps =
        [
            new("vuorikoti", new("Vuorikodin työtoiminta", "Bergshemmets arbetsverksamhet", "Vuorikoti work activity"), [ServiceType.WorkActivity], ["vuorikoti"]),
            new("himalaja", new("Himalajan työtoiminta", "Himalajas arbetsverksamhet", "Himalaja work activity"), [ServiceType.WorkActivity], ["himalaja"]),
            WageSubsidy,
            LabourMarket,
        ],
    };
}
