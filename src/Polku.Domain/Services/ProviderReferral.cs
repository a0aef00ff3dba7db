namespace Polku.Domain.Services;

/// <summary>Where a referral to a provider stands (domain.md step 6).</summary>
public enum ProviderReferralStatus
{
    Sent,
    Accepted,
    Declined,
    Started,
    Ended,
}

/// <summary>How a service ended: the evaluation reads these, so an interruption is told apart from moving on.</summary>
public enum ServiceOutcome
{
    Completed,
    Interrupted,
    MovedOn,
}

/// <summary>What allows the client's data to travel to the provider (Act 703/2023 § 17–18).</summary>
public enum DisclosureBasis
{
    /// <summary>The client consented; the date is recorded.</summary>
    Consent,

    /// <summary>A provision of law allows it, e.g. the arranging organisation's own purchased service (§ 18).</summary>
    Law,
}

public sealed record ProviderReferralStep(ProviderReferralStatus Status, Guid ById, DateOnly On, string Note = "");

/// <summary>
/// A client sent to a service: the provider accepts or declines, starts the service and ends it with an outcome.
/// Only what the provider needs travels with it — the decision's summary and the goals that concern the service —
/// and only on a recorded basis for the disclosure.
/// </summary>
public sealed class ProviderReferral : Common.IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    public Guid ServiceId { get; init; }

    /// <summary>The provider organisation; null for an own service.</summary>
    public Guid? ProviderId { get; init; }

    public Guid? DecisionId { get; init; }

    public ProviderReferralStatus Status { get; private set; }

    public DateOnly SentOn { get; init; }

    public DisclosureBasis Disclosure { get; init; }

    /// <summary>The day consent was given, or the provision of law relied on.</summary>
    public string DisclosureNote { get; init; } = "";

    /// <summary>The decision's summary as the provider reads it.</summary>
    public string Summary { get; init; } = "";

    /// <summary>The client plan's goals that concern this service.</summary>
    public List<string> Goals { get; init; } = [];

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public ServiceOutcome? Outcome { get; private set; }

    /// <summary>Why the provider declined, or why the service did not succeed.</summary>
    public string Reason { get; private set; } = "";

    public List<ProviderReferralStep> History { get; private set; } = [];

    public int Version { get; set; }

    public static ProviderReferral Send(
        Guid organisationId, Guid clientId, Service service, Guid? decisionId, DisclosureBasis disclosure, string disclosureNote, string summary,
        IEnumerable<string> goals, Guid byId, DateOnly on)
    {
        var referral = new ProviderReferral
        {
            OrganisationId = organisationId,
            ClientId = clientId,
            ServiceId = service.Id,
            ProviderId = service.ProviderId,
            DecisionId = decisionId,
            SentOn = on,
            Disclosure = disclosure,
            DisclosureNote = disclosureNote,
            Summary = summary,
            Goals = goals.ToList(),
        };
        referral.History.Add(new(ProviderReferralStatus.Sent, byId, on));
        return referral;
    }

    /// <summary>Still open: the provider has it, or the service runs.</summary>
    public bool IsOpen => Status is ProviderReferralStatus.Sent or ProviderReferralStatus.Accepted or ProviderReferralStatus.Started;

    /// <summary>The statuses the referral can move to next.</summary>
    public IReadOnlyList<ProviderReferralStatus> Next => Status switch
    {
        ProviderReferralStatus.Sent => [ProviderReferralStatus.Accepted, ProviderReferralStatus.Declined, ProviderReferralStatus.Started],
        ProviderReferralStatus.Accepted => [ProviderReferralStatus.Started, ProviderReferralStatus.Ended],
        ProviderReferralStatus.Started => [ProviderReferralStatus.Ended],
        _ => [],
    };

    public void Accept(Guid byId, DateOnly on) => Move(ProviderReferralStatus.Accepted, byId, on);

    public void Decline(string reason, Guid byId, DateOnly on)
    {
        Move(ProviderReferralStatus.Declined, byId, on, reason);
        Reason = reason;
    }

    public void Start(Guid byId, DateOnly on)
    {
        Move(ProviderReferralStatus.Started, byId, on);
        StartedOn = on;
    }

    /// <summary>Ends the service; an outcome other than completed needs its reason.</summary>
    public void End(ServiceOutcome outcome, string reason, Guid byId, DateOnly on)
    {
        if (outcome != ServiceOutcome.Completed && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("An interrupted service or a move elsewhere needs its reason.", nameof(reason));
        }

        if (StartedOn is { } started && on < started)
        {
            throw new ArgumentOutOfRangeException(nameof(on), on, "A service cannot end before it started.");
        }

        Move(ProviderReferralStatus.Ended, byId, on, reason);
        EndedOn = on;
        Outcome = outcome;
        Reason = reason;
    }

    private void Move(ProviderReferralStatus to, Guid byId, DateOnly on, string note = "")
    {
        if (!Next.Contains(to))
        {
            throw new InvalidOperationException($"A referral that is {Status} cannot become {to}.");
        }

        if (on < SentOn)
        {
            throw new ArgumentOutOfRangeException(nameof(on), on, "Nothing happens to a referral before it was sent.");
        }

        Status = to;
        // A new list, so the change is seen in the stored JSON column.
        History = [.. History, new(to, byId, on, note)];
    }
}
