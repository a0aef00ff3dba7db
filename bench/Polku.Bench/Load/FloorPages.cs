namespace Polku.Bench.Load;

/// <summary>One part of a floor page: its SQL (with <c>{visible}</c> for the worker's predicate on client alias c), and which column holds the client shown.</summary>
public sealed record FloorSection(string Id, string Sql, int? ClientColumn = null);

/// <summary>
/// Each page's content as its own SQL, done as a good list does it: the visible clients in the same statement, the
/// page's order and size in the database, a count that stops at <see cref="CountCap"/>. The first section of a page
/// about one client is its access check: no row, no page.
/// </summary>
public sealed record FloorPage(string Name, string Action, bool OneClient, IReadOnlyList<FloorSection> Sections)
{
    public const int PageSize = 25;
    public const int FrontLimit = 20;
    public const int CountCap = 1000;
    public const int TimelineLimit = 200;

    private const string ClientName = "c.\"LastName\" || ' ' || c.\"FirstNames\"";

    private const string NextDue = "(select min(n.\"AssessmentStartDueOn\") from \"Referrals\" n where n.\"ClientId\" = c.\"Id\" and n.\"Status\" = 'Open')";

    private const string Handler = "(select e.\"FirstName\" || ' ' || e.\"LastName\" from \"Employees\" e where e.\"Id\" = r.\"HandlerId\")";

    private static string Capped(string from) => $"select count(*) from (select 1 {from} limit {CountCap + 1}) t";

    private static readonly string ClientListFrom = "from \"Clients\" c where {visible}{search}";

    private static readonly string ReferralsFrom = "from \"Referrals\" r join \"Clients\" c on c.\"Id\" = r.\"ClientId\" where r.\"OrganisationId\" = @org and r.\"Status\" = 'Open' and {visible}";

    private static readonly string DecisionsFrom = "from \"Decisions\" d join \"Clients\" c on c.\"Id\" = d.\"ClientId\" where d.\"OrganisationId\" = @org and {visible}";

    private static readonly string PileFrom = "from \"Referrals\" r join \"Clients\" c on c.\"Id\" = r.\"ClientId\" where r.\"OrganisationId\" = @org and r.\"HandlerId\" is null and r.\"Status\" = 'Open' and {visible}";

    public static IReadOnlyDictionary<string, FloorPage> ByName { get; } = new[]
    {
        new FloorPage("home", "Home.Read", false,
        [
            new("queue-referrals", $"select r.\"ClientId\", {ClientName}, r.\"AssessmentStartDueOn\" from \"Referrals\" r join \"Clients\" c on c.\"Id\" = r.\"ClientId\" where r.\"HandlerId\" = @user and r.\"Status\" = 'Open' and {{visible}} order by r.\"AssessmentStartDueOn\", r.\"Id\" limit {FrontLimit}", 0),
            new("queue-assessments", $"select a.\"ClientId\", {ClientName}, a.\"StartedOn\" from \"Assessments\" a join \"Clients\" c on c.\"Id\" = a.\"ClientId\" where a.\"AuthorId\" = @user and a.\"Status\" = 'InProgress' and {{visible}} order by a.\"StartedOn\", a.\"Id\" limit {FrontLimit}", 0),
            new("queue-decisions", $"select d.\"ClientId\", {ClientName}, d.\"TypeCode\" from \"Decisions\" d join \"Clients\" c on c.\"Id\" = d.\"ClientId\" where d.\"PreparerId\" = @user and d.\"Status\" = 'Draft' and {{visible}} order by d.\"StartedOn\", d.\"Id\" limit {FrontLimit}", 0),
            new("unassigned", $"select r.\"ClientId\", {ClientName}, r.\"ReceivedOn\", r.\"AssessmentStartDueOn\" {PileFrom} order by r.\"AssessmentStartDueOn\", r.\"Id\" limit {FrontLimit}", 0),
            new("unassigned-count", Capped(PileFrom)),
            new("caseload", "select count(*) from \"Clients\" c where c.\"ResponsibleWorkerId\" = @user and c.\"OrganisationId\" = @org"),
            new("my-clients", $"select c.\"Id\", {ClientName}, {NextDue} as due from \"Clients\" c where c.\"ResponsibleWorkerId\" = @user and c.\"OrganisationId\" = @org order by case when {NextDue} is null then 1 else 0 end, due, c.\"SearchName\" limit {FrontLimit}", 0),
        ]),
        new FloorPage("clients", "Client.Search", false,
        [
            new("clients", $"select c.\"Id\", {ClientName}, c.\"IdentityCode\", c.\"BirthDate\", c.\"Language\", c.\"NonDisclosure\", (select e.\"FirstName\" || ' ' || e.\"LastName\" from \"Employees\" e where e.\"Id\" = c.\"ResponsibleWorkerId\"), {NextDue} {ClientListFrom} order by c.\"SearchName\", c.\"Id\" limit {PageSize}", 0),
            new("count", Capped(ClientListFrom)),
        ]),
        new FloorPage("referrals", "Referral.List", false,
        [
            new("referrals", $"select r.\"Id\", r.\"ClientId\", {ClientName}, r.\"SourceCode\", r.\"ReceivedOn\", r.\"AssessmentStartDueOn\", r.\"Status\", r.\"Urgent\", {Handler} {ReferralsFrom} order by r.\"AssessmentStartDueOn\", r.\"ReceivedOn\", r.\"Id\" limit {PageSize}", 1),
            new("count", Capped(ReferralsFrom)),
        ]),
        new FloorPage("decisions", "Decision.Read", false,
        [
            new("register", $"select d.\"Id\", d.\"ClientId\", {ClientName}, d.\"TypeCode\", d.\"Status\", d.\"StartedOn\", d.\"DecidedOn\", d.\"EndsOn\" {DecisionsFrom} order by d.\"StartedOn\" desc, d.\"Id\" desc limit {PageSize}", 1),
            new("count", Capped(DecisionsFrom)),
        ]),
        new FloorPage("client", "Client.Read", true,
        [
            new("facts", $"select c.\"Id\", {ClientName}, c.\"IdentityCode\", c.\"BirthDate\", c.\"Language\", c.\"Municipality\", c.\"Phone\", c.\"Email\", c.\"Address\", c.\"NeedsSpecialSupport\", c.\"NonDisclosure\", (select e.\"FirstName\" || ' ' || e.\"LastName\" from \"Employees\" e where e.\"Id\" = c.\"ResponsibleWorkerId\") from \"Clients\" c where c.\"Id\" = @client and {{visible}}", 0),
            new("client-referrals", $"select r.\"Id\", r.\"SourceCode\", r.\"ReceivedOn\", r.\"AssessmentStartDueOn\", r.\"Status\", {Handler} from \"Referrals\" r where r.\"ClientId\" = @client order by r.\"ReceivedOn\" desc limit {FrontLimit}"),
            new("client-assessments", $"select a.\"Id\", a.\"StartedOn\", a.\"CompletedOn\", a.\"Status\" from \"Assessments\" a where a.\"ClientId\" = @client order by a.\"StartedOn\" desc limit {FrontLimit}"),
            new("client-decisions", $"select d.\"Id\", d.\"TypeCode\", d.\"Status\", d.\"StartedOn\", d.\"DecidedOn\", d.\"EndsOn\" from \"Decisions\" d where d.\"ClientId\" = @client order by d.\"StartedOn\" desc limit {FrontLimit}"),
            new("client-entries", $"select x.\"Id\", x.\"Kind\", x.\"OccurredOn\", x.\"Minutes\", x.\"Text\" from \"RecordEntries\" x where x.\"ClientId\" = @client order by x.\"OccurredOn\" desc, x.\"CreatedAt\" desc limit 10"),
        ]),
        new FloorPage("timeline", "Client.Read", true,
        [
            new("check", "select c.\"Id\" from \"Clients\" c where c.\"Id\" = @client and {visible}", 0),
            new("timeline", $"""
                select * from (
                  select 'Entry' as kind, x."Kind" as type, x."OccurredOn" as day, x."CreatedAt" as at, x."Text" as text,
                         (select e."FirstName" || ' ' || e."LastName" from "Employees" e where e."Id" = x."AuthorId") as author, x."Minutes" as minutes
                  from "RecordEntries" x where x."ClientId" = @client
                  union all
                  select 'Referral', r."SourceCode", r."ReceivedOn", r."CreatedAt", r."Description", null, null from "Referrals" r where r."ClientId" = @client
                  union all
                  select 'Assessment', a."Status", a."StartedOn", null, null, (select e."FirstName" || ' ' || e."LastName" from "Employees" e where e."Id" = a."AuthorId"), null
                  from "Assessments" a where a."ClientId" = @client
                  union all
                  select 'Decision', d."TypeCode", d."StartedOn", null, d."Status", null, null from "Decisions" d where d."ClientId" = @client
                ) t order by day desc, at desc nulls last limit {TimelineLimit}
                """),
        ]),
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);
}
