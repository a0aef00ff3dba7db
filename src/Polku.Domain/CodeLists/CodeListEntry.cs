using Polku.Domain.Common;

namespace Polku.Domain.CodeLists;

/// <summary>
/// One value of a configurable vocabulary (referral sources, situational factors…), with names in three languages.
/// National code sets are imported as data into the same table.
/// </summary>
public sealed class CodeListEntry : IReferenceData
{
    /// <summary>The organisation that owns this value, or <see cref="National"/> for the national default.</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>
    /// Marks a national default. An organisation's list is its own values and the national ones it has not
    /// replaced; its administrator edits only its own, so one organisation never changes another's.
    /// </summary>
    public static readonly Guid National = Guid.Empty;

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

    /// <summary>Languages by ISO 639-1 code, to choose from and to show by name; any ISO 639-1 code is still accepted.</summary>
    public const string Languages = "languages";

    /// <summary>Home municipalities by Statistics Finland's code; imported from the national file, never guessed.</summary>
    public const string Municipalities = "municipalities";

    /// <summary>AVAIN goal areas (national code set 1.2.246.537.6.1292 when imported); local codes until then.</summary>
    public const string GoalAreas = "goal-areas";

    /// <summary>The services and support a plan names (AVAIN services).</summary>
    public const string PlanServices = "plan-services";

    /// <summary>AVAIN working methods (national code set 1.2.246.537.6.1293 when imported).</summary>
    public const string Methods = "methods";

    public static IReadOnlyList<string> All { get; } = [ReferralSources, SituationalFactors, Languages, Municipalities, GoalAreas, PlanServices, Methods];
}
