namespace Polku.Domain.Services;

/// <summary>
/// A group run as part of a service: a theme, open (anyone may come) or closed (members only), its leaders and
/// its schedule. Sessions are held and attendance marked per session.
/// </summary>
public sealed class ServiceGroup : Common.IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ServiceId { get; init; }

    public required string Name { get; set; }

    public string Theme { get; set; } = "";

    /// <summary>An open group takes anyone who comes; a closed one only its members.</summary>
    public bool Open { get; set; }

    /// <summary>The employees who lead the group (the organisation's or the provider's).</summary>
    public List<Guid> LeaderIds { get; set; } = [];

    /// <summary>When the group meets, as the participants are told, e.g. "ti ja to klo 9–12".</summary>
    public string Schedule { get; set; } = "";

    /// <summary>Whether attending earns the organisation's allowances (activity money, travel card).</summary>
    public bool PaysAllowances { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int Version { get; set; }
}

/// <summary>A client's membership of a group, from the day they joined to the day they left.</summary>
public sealed class GroupMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid GroupId { get; init; }

    public Guid ClientId { get; init; }

    public DateOnly JoinedOn { get; init; }

    public DateOnly? LeftOn { get; set; }

    public bool IsMemberOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || day <= LeftOn);
}

/// <summary>One meeting of a group.</summary>
public sealed class GroupSession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid GroupId { get; init; }

    public DateOnly On { get; init; }

    public string Topic { get; set; } = "";
}

/// <summary>Whether a member was at a session, and who marked it — a worker or the provider's staff.</summary>
public sealed class AttendanceMark
{
    public Guid SessionId { get; init; }

    public Guid ClientId { get; init; }

    public bool Present { get; set; }

    public Guid MarkedById { get; set; }

    public DateTimeOffset MarkedAt { get; set; }
}
