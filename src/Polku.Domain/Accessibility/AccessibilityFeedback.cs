namespace Polku.Domain.Accessibility;

/// <summary>Feedback on accessibility sent through the statement page (Act 306/2019 § 15).</summary>
public sealed class AccessibilityFeedback
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset ReceivedAt { get; init; }

    public required string PageAddress { get; init; }

    public required string Message { get; init; }

    /// <summary>Where the sender wants an answer; optional, feedback may be anonymous.</summary>
    public string? ReplyTo { get; init; }

    public string Language { get; init; } = "fi";
}
