using Polku.Domain.Common;

namespace Polku.Domain.Decisions;

/// <summary>
/// A decision type as stored: the national defaults (<see cref="National"/>, seeded from <see cref="DecisionTypes"/>)
/// and an organisation's own, which replace a national type of the same code.
/// </summary>
public sealed class ConfiguredDecisionType : IReferenceData
{
    public static readonly Guid National = Guid.Empty;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public required string Code { get; init; }

    public required LocalizedName Name { get; set; }

    /// <summary>Codes of the provisions a decision of this type may rest on (<see cref="LegalBases"/>).</summary>
    public List<string> LegalBases { get; set; } = [];

    public int? DefaultTermMonths { get; set; }

    public bool MayBeGrantedWithoutTerm { get; set; }

    public bool IsSocialRehabilitation { get; set; }

    public bool IsActive { get; set; } = true;

    public DecisionType ToType() => new(Code, Name, [.. LegalBases], DefaultTermMonths, MayBeGrantedWithoutTerm, IsSocialRehabilitation);

    public static ConfiguredDecisionType From(DecisionType type, Guid organisationId) => new()
    {
        OrganisationId = organisationId,
        Code = type.Code,
        Name = type.Name,
        LegalBases = [.. type.LegalBases],
        DefaultTermMonths = type.DefaultTermMonths,
        MayBeGrantedWithoutTerm = type.MayBeGrantedWithoutTerm,
        IsSocialRehabilitation = type.IsSocialRehabilitation,
    };

    /// <summary>The types an organisation decides on: its own, and the national ones it has not replaced.</summary>
    public static IEnumerable<ConfiguredDecisionType> Effective(IEnumerable<ConfiguredDecisionType> rows, Guid organisationId)
    {
        var list = rows.ToList();
        var own = list.Where(t => t.OrganisationId == organisationId).ToDictionary(t => t.Code, StringComparer.Ordinal);
        return list.Where(t => t.OrganisationId == National && !own.ContainsKey(t.Code)).Concat(own.Values)
            .Where(t => t.IsActive).OrderBy(t => t.Code, StringComparer.Ordinal);
    }
}
