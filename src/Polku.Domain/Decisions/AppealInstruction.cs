namespace Polku.Domain.Decisions;

/// <summary>
/// The appeal instructions (HL 434/2003 § 47) in one language, and the organisation's contact details printed on a
/// decision. The last day is not here: it is computed for each decision from its delivery.
/// </summary>
public sealed record AppealTexts
{
    /// <summary>To whom the request for rectification is made (the authority that handles it), and its address.</summary>
    public string Authority { get; init; } = "";

    /// <summary>How the request is made: in writing, by post, e-mail or in person, and office hours.</summary>
    public string HowToRequest { get; init; } = "";

    /// <summary>What the request must contain (HL § 49e).</summary>
    public string RequestContents { get; init; } = "";

    /// <summary>The organisation's contact details for the decision's letterhead and footer.</summary>
    public string ContactDetails { get; init; } = "";

    public bool IsComplete => new[] { Authority, HowToRequest, RequestContents, ContactDetails }.All(t => t.Trim().Length > 0);
}

/// <summary>
/// One version of an organisation's appeal instructions in Finnish and Swedish. A decision records the version it was
/// signed with, so a reprint says what the client was told.
/// </summary>
public sealed class AppealInstruction
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public int Version { get; init; }

    public AppealTexts Finnish { get; init; } = new();

    public AppealTexts Swedish { get; init; } = new();

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedById { get; init; }

    /// <summary>The texts in the decision's language: a Swedish decision never falls back to Finnish.</summary>
    public AppealTexts In(string language) => language == "sv" ? Swedish : Finnish;
}
