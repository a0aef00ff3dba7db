using Polku.Domain.Common;

namespace Polku.Domain.CodeLists;

/// <summary>
/// One value of a configurable vocabulary (referral sources, situational factors…), with names in three languages.
/// National code sets are imported as data into the same table.
/// </summary>
public sealed class CodeListEntry
{
    public required string List { get; init; }

    public required string Code { get; init; }

    public required LocalizedName Name { get; set; }

    public int SortOrder { get; set; }

    public bool Active { get; set; } = true;
}

public static class CodeListNames
{
    public const string ReferralSources = "referral-sources";
    public const string SituationalFactors = "situational-factors";

    public static IReadOnlyList<string> All { get; } = [ReferralSources, SituationalFactors];
}
