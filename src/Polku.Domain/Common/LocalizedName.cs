namespace Polku.Domain.Common;

/// <summary>A name in the three UI languages; Finnish is the fallback.</summary>
public sealed record LocalizedName(string Fi, string Sv, string En)
{
    public string In(string language) => language switch
    {
        "sv" when Sv.Length > 0 => Sv,
        "en" when En.Length > 0 => En,
        _ => Fi,
    };
}
