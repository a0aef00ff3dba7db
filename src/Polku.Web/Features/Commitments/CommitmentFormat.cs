using System.Globalization;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Commitments;

/// <summary>Euro amounts as the commitment pages show and read them, never in an implicit culture.</summary>
public static class CommitmentFormat
{
    /// <summary>"48,50 €" (the decimal mark of the user's language).</summary>
    public static string Price(decimal amount) => Format.WithDecimals((double)amount, "0.00") + " €";

    /// <summary>A price as typed, with a comma or a point; null when blank, and a negative amount (refused by the rules) when unreadable.</summary>
    public static decimal? ParsePrice(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : decimal.TryParse(text.Trim().Replace(',', '.').Replace("€", "", StringComparison.Ordinal).Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) ? price : -1m;
}
