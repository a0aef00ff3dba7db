using Polku.Domain.Common;

namespace Polku.Domain.Clients;

/// <summary>
/// A person in an organisation's client register. Identified by henkilötunnus when they have one, otherwise
/// by birth date and names (e.g. a newly arrived person). Never registered twice in one organisation.
/// </summary>
public sealed class Client : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    /// <summary>The henkilötunnus exactly as issued, century sign included; null when the person has none yet.</summary>
    public string? IdentityCode { get; set; }

    public DateOnly BirthDate { get; set; }

    public required string FirstNames { get; set; }

    public required string LastName { get; set; }

    /// <summary>"last first" folded for searching (<see cref="SearchText"/>); kept in step by <see cref="Rename"/>.</summary>
    public string SearchName { get; private set; } = "";

    /// <summary>ISO 639-1 code of the client's language: documents go out in it when it is fi or sv.</summary>
    public string Language { get; set; } = "fi";

    public bool InterpreterNeeded { get; set; }

    /// <summary>Home municipality as written by the worker (a code list may replace this later).</summary>
    public string? Municipality { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    /// <summary>
    /// A non-disclosure order for personal safety (turvakielto, Act 661/2009 § 36): the address is shown and printed
    /// to the client's own responsible worker only.
    /// </summary>
    public bool NonDisclosure { get; set; }

    /// <summary>In need of special support (SHL § 3), as the latest completed assessment concluded.</summary>
    public bool NeedsSpecialSupport { get; set; }

    public Guid? ResponsibleWorkerId { get; set; }

    /// <summary>The unit or team that serves the client; with the team policy, its workers see the client.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The service task (palvelutehtävä) the client is served in; access to the record is granted by it.</summary>
    public required string ServiceTaskCode { get; set; }

    public DateTimeOffset RegisteredAt { get; init; }

    public int Version { get; set; }

    public string DisplayName => $"{LastName} {FirstNames}";

    public void Rename(string firstNames, string lastName)
    {
        FirstNames = firstNames.Trim();
        LastName = lastName.Trim();
        SearchName = SearchText.Fold($"{LastName} {FirstNames}");
    }
}

/// <summary>One period of a responsible worker (SHL § 42); the history is kept.</summary>
public sealed class ResponsibleWorkerAssignment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ClientId { get; init; }

    public Guid EmployeeId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    public Guid AssignedBy { get; init; }
}
