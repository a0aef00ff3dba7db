using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Features.Clients;
using Polku.Web.Features.People;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Groups;

/// <summary>
/// Groups of a service: members, sessions and attendance, and the monthly allowances. A group is reached by the
/// organisation's workers and by the staff of the provider whose service it is; whoever reaches it sees the members'
/// names and attendance — nothing else of them — because they run the group. Members are added through the client's
/// own access rule (<see cref="ClientAccess"/>, ClientService.Arrange); attendance is marked by the group, not by a
/// relation to each client. Every read and write of members is audited.
/// </summary>
public sealed partial class GroupHandlers(PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock, EmployeeNames employees, IStringLocalizer<Strings> l)
{
    private const int MaxLeaders = 10;

    public async Task<Result<GroupView>> CreateAsync(CurrentUser user, GroupInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        var organisationId = user.OrganisationId;
        var service = input.ServiceId is { } serviceId
            ? await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId && s.OrganisationId == organisationId, cancellationToken)
            : null;
        if (service is null)
        {
            validation.Add("serviceId", input.ServiceId is null ? "Validation.Required" : "Groups.ServiceUnknown");
        }

        validation.RequiredText("name", input.Name, TextLimits.LocalizedName);
        validation.MaxLength("theme", input.Theme, TextLimits.LocalizedName);
        validation.MaxLength("schedule", input.Schedule, TextLimits.Explanation);
        if (input.StartsOn is null)
        {
            validation.Add("startsOn", "Validation.Required");
        }

        validation.PlausibleDate("startsOn", input.StartsOn);
        var leaders = (input.LeaderIds ?? []).Distinct().ToList();
        if (leaders.Count > MaxLeaders)
        {
            validation.Add("leaderIds", "Groups.TooManyLeaders", MaxLeaders);
        }
        else if (leaders.Count > 0)
        {
            // The organisation's own employees, or the staff of the provider whose service it is.
            var providerId = service?.ProviderId;
            var known = await db.Employees.CountAsync(e => leaders.Contains(e.Id) && e.Active && (e.OrganisationId == organisationId || e.OrganisationId == providerId), cancellationToken);
            if (known != leaders.Count)
            {
                validation.Add("leaderIds", "Groups.LeaderUnknown");
            }
        }

        if (!validation.IsValid)
        {
            return Result<GroupView>.Invalid(validation.Errors);
        }

        var group = new ServiceGroup
        {
            OrganisationId = organisationId,
            ServiceId = service!.Id,
            Name = input.Name!.Trim(),
            Theme = input.Theme?.Trim() ?? "",
            Open = input.Open,
            LeaderIds = leaders,
            Schedule = input.Schedule?.Trim() ?? "",
            PaysAllowances = input.PaysAllowances,
            StartsOn = input.StartsOn!.Value,
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return (await GetAsync(user, group.Id, cancellationToken)) is { Succeeded: true } created ? Result<GroupView>.Created(created.Value!) : Result<GroupView>.NotFound();
    }

    /// <summary>The groups the user reaches: the organisation's, or for a provider's staff the groups of their services.</summary>
    public async Task<IReadOnlyList<GroupRow>> ListAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var rows = await (from g in Reachable(user)
                          join s in db.Services on g.ServiceId equals s.Id
                          select new
                          {
                              g.Id, g.Name, g.Theme, g.ServiceId, g.Open, g.PaysAllowances, g.StartsOn, g.EndsOn, s.Name.Fi, s.Name.Sv, s.Name.En,
                              Members = db.GroupMembers.Count(m => m.GroupId == g.Id && m.JoinedOn <= today && (m.LeftOn == null || m.LeftOn >= today)),
                          })
            .ToListAsync(cancellationToken);
        var language = UiLanguage.Current;
        return rows.Select(g => new GroupRow(g.Id, g.Name, g.Theme, g.ServiceId, new LocalizedName(g.Fi, g.Sv, g.En).In(language), g.Open, g.PaysAllowances, g.StartsOn, g.EndsOn, g.Members))
            .OrderBy(g => g.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fi-FI"), true)).ThenBy(g => g.Id)
            .ToList();
    }

    /// <summary>The group, its members (name and membership) as the user may see them, and sessions with attendance. The members shown are audited.</summary>
    public async Task<Result<GroupView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var group = await Reachable(user).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return Result<GroupView>.NotFound();
        }

        var service = await db.Services.AsNoTracking().Where(s => s.Id == group.ServiceId).Select(s => new { s.Name, s.Capacity }).SingleAsync(cancellationToken);
        var leaderIds = group.LeaderIds;
        var names = await employees.ForAsync(leaderIds, cancellationToken);
        var leaders = leaderIds.Where(names.ContainsKey).Select(l => new WorkerRef(l, names[l])).ToList();
        var members = await MembersAsync(id, cancellationToken);
        if (group.OrganisationId == user.OrganisationId && !leaderIds.Contains(user.Id))
        {
            // Someone of the organisation who does not lead the group sees only the members the client rules let them read
            // (a team-policy organisation keeps other teams' clients out); its leaders and the provider's staff see all.
            var memberIds = members.Select(m => m.ClientId).ToList();
            var readable = await access.Clients(user, Actions.ClientServiceRead).Where(c => memberIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
            members = members.Where(m => readable.Contains(m.ClientId)).ToList();
        }

        var sessions = await db.GroupSessions.AsNoTracking().Where(s => s.GroupId == id)
            .OrderByDescending(s => s.On).ThenByDescending(s => s.Id).Take(100)
            .Select(s => new { s.Id, s.On, s.Topic }).ToListAsync(cancellationToken);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var marks = (await db.AttendanceMarks.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId))
                .Select(a => new { a.SessionId, a.ClientId, a.Present }).ToListAsync(cancellationToken))
            .ToLookup(a => a.SessionId, a => new MarkView(a.ClientId, a.Present));
        audit.Read(members.Select(m => m.ClientId));
        return Result<GroupView>.Ok(new GroupView(
            group.Id, group.ServiceId, service.Name.In(UiLanguage.Current), service.Capacity, group.Name, group.Theme, group.Open,
            leaderIds.Select(l => leaders.FirstOrDefault(e => e.Id == l)).OfType<WorkerRef>().ToList(), group.Schedule, group.PaysAllowances,
            group.StartsOn, group.EndsOn, members, sessions.Select(s => new SessionView(s.Id, s.On, s.Topic, marks[s.Id].ToList())).ToList(),
            Permitted(user, group)));
    }

    /// <summary>
    /// Adds a client to the group: the user must be able to arrange services for the client, the client may not already
    /// be a member, and the service's places (its capacity, over all its groups) may not run out.
    /// </summary>
    public async Task<Result<GroupView>> AddMemberAsync(CurrentUser user, Guid id, MemberInput input, CancellationToken cancellationToken)
    {
        var group = await OwnAsync(user, id, cancellationToken);
        if (group is null)
        {
            return Result<GroupView>.NotFound();
        }

        if (input.ClientId is not { } clientId)
        {
            return Result<GroupView>.Invalid("clientId", l["Validation.Required"]);
        }

        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, clientId, cancellationToken);
        if (check.Outcome == AccessOutcome.Hidden)
        {
            return Result<GroupView>.Refused(check);
        }

        if (!check.Allowed)
        {
            return Result<GroupView>.Invalid("clientId", l["Groups.ClientUnknown"]);
        }

        var joinedOn = input.JoinedOn ?? clock.Today;
        var validation = new Validation(l);
        validation.PlausibleDate("joinedOn", joinedOn);
        if (validation.IsValid && joinedOn < group.StartsOn)
        {
            validation.Add("joinedOn", "Groups.BeforeGroupStarts", Format.Date(group.StartsOn));
        }

        if (!validation.IsValid)
        {
            return Result<GroupView>.Invalid(validation.Errors);
        }

        if (await db.GroupMembers.AnyAsync(m => m.GroupId == id && m.ClientId == clientId && (m.LeftOn == null || m.LeftOn >= joinedOn), cancellationToken))
        {
            return Result<GroupView>.Conflict(l["Groups.AlreadyMember"]);
        }

        var capacity = await db.Services.Where(s => s.Id == group.ServiceId).Select(s => s.Capacity).SingleAsync(cancellationToken);
        if (capacity is { } places)
        {
            var serviceId = group.ServiceId;
            var taken = await db.GroupMembers.CountAsync(
                m => db.Groups.Any(g => g.Id == m.GroupId && g.ServiceId == serviceId) && (m.LeftOn == null || m.LeftOn >= joinedOn), cancellationToken);
            if (taken >= places)
            {
                return Result<GroupView>.Conflict(l["Groups.Full", places], new() { ["capacity"] = places, ["taken"] = taken });
            }
        }

        db.GroupMembers.Add(new GroupMember { GroupId = id, ClientId = clientId, JoinedOn = joinedOn });
        audit.Stage(Actions.ClientServiceArrange, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(user, id, cancellationToken);
    }

    /// <summary>The member leaves the group on the day given (today by default).</summary>
    public async Task<Result<GroupView>> LeaveAsync(CurrentUser user, Guid id, Guid clientId, LeaveInput input, CancellationToken cancellationToken)
    {
        var group = await OwnAsync(user, id, cancellationToken);
        if (group is null)
        {
            return Result<GroupView>.NotFound();
        }

        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<GroupView>.Refused(check);
        }

        var member = await db.GroupMembers.Where(m => m.GroupId == id && m.ClientId == clientId && m.LeftOn == null).FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return Result<GroupView>.NotFound();
        }

        var on = input.On ?? clock.Today;
        var validation = new Validation(l);
        validation.PlausibleDate("on", on);
        if (validation.IsValid && on < member.JoinedOn)
        {
            validation.Add("on", "Groups.LeftBeforeJoined", Format.Date(member.JoinedOn));
        }

        if (!validation.IsValid)
        {
            return Result<GroupView>.Invalid(validation.Errors);
        }

        member.LeftOn = on;
        audit.Stage(Actions.ClientServiceArrange, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(user, id, cancellationToken);
    }

    /// <summary>Records a meeting of the group, by those who keep its attendance (the organisation's workers or the provider's staff).</summary>
    public async Task<Result<SessionView>> AddSessionAsync(CurrentUser user, Guid id, SessionInput input, CancellationToken cancellationToken)
    {
        var group = await Reachable(user).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return Result<SessionView>.NotFound();
        }

        var validation = new Validation(l);
        if (input.On is null)
        {
            validation.Add("on", "Validation.Required");
        }

        validation.PlausibleDate("on", input.On);
        if (validation.IsValid && input.On < group.StartsOn)
        {
            validation.Add("on", "Groups.BeforeGroupStarts", Format.Date(group.StartsOn));
        }

        validation.MaxLength("topic", input.Topic, TextLimits.LocalizedName);
        if (!validation.IsValid)
        {
            return Result<SessionView>.Invalid(validation.Errors);
        }

        var session = new GroupSession { GroupId = id, On = input.On!.Value, Topic = input.Topic?.Trim() ?? "" };
        db.GroupSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return Result<SessionView>.Created(new SessionView(session.Id, session.On, session.Topic, []));
    }

    /// <summary>
    /// Marks who was at a session. Everyone marked must be a member of the group on the session's day; a refusal names
    /// them. Each client's mark is audited.
    /// </summary>
    public async Task<Result<SessionView>> MarkAttendanceAsync(CurrentUser user, Guid sessionId, AttendanceInput input, CancellationToken cancellationToken)
    {
        var session = await db.GroupSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !await Reachable(user).AnyAsync(g => g.Id == session.GroupId, cancellationToken))
        {
            return Result<SessionView>.NotFound();
        }

        if (input.Marks is not { Count: > 0 } marks)
        {
            return Result<SessionView>.Invalid("marks", l["Validation.Required"]);
        }

        var clientIds = marks.Select(m => m.ClientId).Distinct().ToList();
        if (clientIds.Count != marks.Count)
        {
            return Result<SessionView>.Invalid("marks", l["Groups.MarkedTwice"]);
        }

        var groupId = session.GroupId;
        var day = session.On;
        var members = await db.GroupMembers.AsNoTracking()
            .Where(m => m.GroupId == groupId && clientIds.Contains(m.ClientId) && m.JoinedOn <= day && (m.LeftOn == null || m.LeftOn >= day))
            .Select(m => m.ClientId).Distinct().ToListAsync(cancellationToken);
        var outsiders = clientIds.Except(members).ToList();
        if (outsiders.Count > 0)
        {
            // Named only when the user may know them: once a member of this group, or a client the user reaches anyway.
            var everMember = db.GroupMembers.Where(m => m.GroupId == groupId).Select(m => m.ClientId);
            var known = (await db.Clients.AsNoTracking().Where(c => outsiders.Contains(c.Id) && everMember.Contains(c.Id))
                    .Select(c => new { c.Id, Name = c.LastName + " " + c.FirstNames }).ToListAsync(cancellationToken))
                .Concat(await access.Clients(user, Actions.ClientServiceRead).Where(c => outsiders.Contains(c.Id))
                    .Select(c => new { c.Id, Name = c.LastName + " " + c.FirstNames }).ToListAsync(cancellationToken))
                .ToList();
            var names = outsiders.Select(o => known.FirstOrDefault(k => k.Id == o)?.Name ?? o.ToString()).Order(StringComparer.Ordinal);
            return Result<SessionView>.Invalid("marks", l["Groups.NotMembers", string.Join(", ", names), Format.Date(day)]);
        }

        var existing = await db.AttendanceMarks.Where(a => a.SessionId == sessionId && clientIds.Contains(a.ClientId)).ToListAsync(cancellationToken);
        var now = clock.Now;
        foreach (var mark in marks)
        {
            var stored = existing.FirstOrDefault(a => a.ClientId == mark.ClientId);
            if (stored is null)
            {
                stored = new AttendanceMark { SessionId = sessionId, ClientId = mark.ClientId };
                db.AttendanceMarks.Add(stored);
            }

            stored.Present = mark.Present;
            stored.MarkedById = user.Id;
            stored.MarkedAt = now;
        }

        audit.Stage(Actions.AttendanceMark, clientIds);
        await db.SaveChangesAsync(cancellationToken);
        var all = await db.AttendanceMarks.AsNoTracking().Where(a => a.SessionId == sessionId)
            .Select(a => new MarkView(a.ClientId, a.Present)).ToListAsync(cancellationToken);
        return Result<SessionView>.Ok(new SessionView(session.Id, session.On, session.Topic, all));
    }

    /// <summary>Reads a month given as yyyy-MM (2026-11); null when it is not one.</summary>
    public static DateOnly? ParseMonth(string? month) =>
        month is not null && MonthPattern().IsMatch(month)
        && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
        && first >= Validation.EarliestDate && first <= Validation.LatestDate
            ? first
            : null;

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The month's allowance list of one of the organisation's groups, by its rules (<see cref="Allowances.ForMonth(ServiceSettings?, bool, DateOnly, IEnumerable{Guid}, IEnumerable{ValueTuple{Guid, DateOnly}})"/>).
    /// Every client listed is audited.
    /// </summary>
    public async Task<Result<AllowanceList>> AllowancesAsync(CurrentUser user, Guid id, string? month, CancellationToken cancellationToken)
    {
        if (ParseMonth(month) is not { } first)
        {
            return Result<AllowanceList>.Invalid("month", l["Groups.MonthFormat"]);
        }

        var group = await OwnAsync(user, id, cancellationToken);
        if (group is null)
        {
            return Result<AllowanceList>.NotFound();
        }

        var last = first.AddMonths(1).AddDays(-1);
        var organisationId = user.OrganisationId;
        var rules = await db.ServiceSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId, cancellationToken);
        var members = await db.GroupMembers.AsNoTracking()
            .Where(m => m.GroupId == id && m.JoinedOn <= last && (m.LeftOn == null || m.LeftOn >= first))
            .Select(m => m.ClientId).Distinct().ToListAsync(cancellationToken);
        var attended = (await db.AttendanceMarks.AsNoTracking()
                .Where(a => a.Present && db.GroupSessions.Any(s => s.Id == a.SessionId && s.GroupId == id && s.On >= first && s.On <= last))
                .Select(a => new { a.ClientId, On = db.GroupSessions.Where(s => s.Id == a.SessionId).Select(s => s.On).Single() })
                .ToListAsync(cancellationToken))
            .Select(a => (a.ClientId, a.On));
        var result = Allowances.ForMonth(rules, group.PaysAllowances, first, members, attended);
        var ids = result.Lines.Select(r => r.ClientId).ToList();
        var names = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Name = c.LastName + " " + c.FirstNames }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        audit.Read(ids);
        var rows = result.Lines
            .Select(r => new AllowanceRow(r.ClientId, names.GetValueOrDefault(r.ClientId, ""), r.SessionsAttended, r.DaysAttended, r.ActivityMoney, r.TravelCard))
            .OrderBy(r => r.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fi-FI"), true)).ThenBy(r => r.ClientId)
            .ToList();
        return Result<AllowanceList>.Ok(new AllowanceList(
            group.Id, group.Name, MonthText(first), group.PaysAllowances, rules?.DailyActivityMoney, rules?.TravelCardMinSessions,
            rows, result.DaysAttended, result.ActivityMoney, result.TravelCards));
    }

    /// <summary>The organisation's services a group can belong to, for the new-group form.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ServicesAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        var services = await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        return services.Select(s => (s.Id, s.Name.In(UiLanguage.Current))).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>Who can lead a group: the organisation's active employees.</summary>
    public async Task<IReadOnlyList<WorkerRef>> LeadersAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        return await db.Employees.AsNoTracking().Where(e => e.OrganisationId == organisationId && e.Active)
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).Take(200)
            .Select(e => new WorkerRef(e.Id, e.FirstName + " " + e.LastName)).ToListAsync(cancellationToken);
    }

    /// <summary>The clients the user may add to a group (whom they arrange services for), by name; at most 200.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> CandidatesAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var members = db.GroupMembers.Where(m => m.GroupId == id && m.LeftOn == null).Select(m => m.ClientId);
        return (await access.Clients(user, Actions.ClientServiceArrange).Where(c => !members.Contains(c.Id))
                .OrderBy(c => c.LastName).ThenBy(c => c.FirstNames).Take(200)
                .Select(c => new { c.Id, Name = c.LastName + " " + c.FirstNames }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Name)).ToList();
    }

    /// <summary>The groups the user reaches: the organisation's own, and the groups of services the user's organisation provides.</summary>
    private IQueryable<ServiceGroup> Reachable(CurrentUser user)
    {
        var organisationId = user.OrganisationId;
        return db.Groups.AsNoTracking().Where(g => g.OrganisationId == organisationId || db.Services.Any(s => s.Id == g.ServiceId && s.ProviderId == organisationId));
    }

    /// <summary>One of the organisation's own groups (managing members and reading allowances are the organisation's).</summary>
    private Task<ServiceGroup?> OwnAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        return db.Groups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.OrganisationId == organisationId, cancellationToken);
    }

    private async Task<List<MemberView>> MembersAsync(Guid id, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        // The group's people see its members' names because the group is theirs (see the class summary).
        return await (from m in db.GroupMembers.AsNoTracking()
                      join c in db.Clients.AsNoTracking() on m.ClientId equals c.Id
                      where m.GroupId == id
                      orderby c.LastName, c.FirstNames, m.JoinedOn
                      select new MemberView(m.ClientId, c.LastName + " " + c.FirstNames, m.JoinedOn, m.LeftOn, m.JoinedOn <= today && (m.LeftOn == null || m.LeftOn >= today)))
            .ToListAsync(cancellationToken);
    }

    private static List<string> Permitted(CurrentUser user, ServiceGroup group)
    {
        var own = group.OrganisationId == user.OrganisationId;
        return new[]
            {
                (Actions.GroupManage, own), (Actions.ClientServiceArrange, own), (Actions.AttendanceMark, true), (Actions.AllowanceRead, own),
            }
            .Where(a => a.Item2 && user.Can(a.Item1)).Select(a => a.Item1).ToList();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}$", RegexOptions.None, 100)]
    private static partial Regex MonthPattern();
}
