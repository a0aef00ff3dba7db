using Polku.Domain.Decisions;
using Polku.Domain.Documents;

namespace Polku.Web.Features.Decisions;

/// <summary>A person named on a decision, with the title of their office in the decision's language.</summary>
public sealed record DecisionOfficial(string Name, string Title);

/// <summary>
/// Everything a decision document says, already in the decision's language (fi or sv): the page and the PDF are both
/// drawn from it, so they say the same. <see cref="Address"/> is null when the reader may not see it (turvakielto).
/// </summary>
public sealed record DecisionDocument(
    Guid Id,
    string Language,
    DecisionStatus Status,
    string OrganisationName,
    string ClientName,
    string? IdentityCode,
    DateOnly BirthDate,
    string? Address,
    string TypeName,
    DecisionContent Content,
    IReadOnlyList<string> LegalBasisCitations,
    DecisionOfficial Preparer,
    DecisionOfficial? Decider,
    DateOnly? DecidedOn,
    AppealDates? Appeal,
    AppealTexts? AppealTexts,
    int? AppealInstructionVersion,
    string AnnulmentReason,
    Guid? PreviousDecisionId,
    ArchiveMetadata Archive);
