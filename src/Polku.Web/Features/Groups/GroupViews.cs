using Polku.Web.Features.Clients;

namespace Polku.Web.Features.Groups;

public sealed record GroupInput(
    Guid? ServiceId, string? Name, string? Theme, bool Open, IReadOnlyList<Guid>? LeaderIds, string? Schedule, bool PaysAllowances, DateOnly? StartsOn);

public sealed record MemberInput(Guid? ClientId, DateOnly? JoinedOn);

public sealed record LeaveInput(DateOnly? On);

public sealed record SessionInput(DateOnly? On, string? Topic);

public sealed record MarkInput(Guid ClientId, bool Present);

public sealed record AttendanceInput(IReadOnlyList<MarkInput>? Marks);

/// <summary>A group in a list: what it is and how many members it has now.</summary>
public sealed record GroupRow(
    Guid Id, string Name, string Theme, Guid ServiceId, string ServiceName, bool Open, bool PaysAllowances, DateOnly StartsOn, DateOnly? EndsOn, int Members);

/// <summary>A member as the group's people see them: the name and the membership, nothing else of the client.</summary>
public sealed record MemberView(Guid ClientId, string Name, DateOnly JoinedOn, DateOnly? LeftOn, bool Active);

public sealed record MarkView(Guid ClientId, bool Present);

public sealed record SessionView(Guid Id, DateOnly On, string Topic, IReadOnlyList<MarkView> Marks);

/// <summary>
/// A group with its members and sessions, and the group actions the user may take on it (Group.Manage,
/// ClientService.Arrange for adding members, Attendance.Mark, Allowance.Read).
/// </summary>
public sealed record GroupView(
    Guid Id, Guid ServiceId, string ServiceName, int? Capacity, string Name, string Theme, bool Open, IReadOnlyList<WorkerRef> Leaders, string Schedule,
    bool PaysAllowances, DateOnly StartsOn, DateOnly? EndsOn, IReadOnlyList<MemberView> Members, IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<string> PermittedActions);

/// <summary>One member's line of a month's allowance list.</summary>
public sealed record AllowanceRow(Guid ClientId, string Name, int SessionsAttended, int DaysAttended, decimal ActivityMoney, bool TravelCard);

/// <summary>A group's allowances for a month (yyyy-MM) by the organisation's rules, with the totals to pay.</summary>
public sealed record AllowanceList(
    Guid GroupId, string GroupName, string Month, bool PaysAllowances, decimal? DailyActivityMoney, int? TravelCardMinSessions,
    IReadOnlyList<AllowanceRow> Rows, int DaysAttended, decimal ActivityMoney, int TravelCards);
