using Polku.Domain.Common;

namespace Polku.Domain.People;

/// <summary>A person who works in an organisation. The sign-in account shares the id.</summary>
public sealed class Employee : IVersioned, IReferenceData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid? UnitId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>Job title as written on decisions, e.g. "sosiaalityöntekijä".</summary>
    public string Title { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>UI language the person last chose ("fi", "sv", "en").</summary>
    public string? PreferredLanguage { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public List<EmployeeRole> Roles { get; init; } = [];

    public List<EmployeeServiceTask> ServiceTasks { get; init; } = [];

    public string DisplayName => $"{FirstName} {LastName}";
}

public sealed class EmployeeRole : IReferenceData
{
    public Guid EmployeeId { get; init; }

    public Role Role { get; init; }
}

public sealed class EmployeeServiceTask
{
    public Guid EmployeeId { get; init; }

    public required string ServiceTaskCode { get; init; }
}
