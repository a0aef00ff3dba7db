using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Groups;

public static class GroupsApi
{
    public static void MapGroupsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/groups", CreateAsync)
            .RequireAction(Actions.GroupManage)
            .WithSummary("Start a group of one of the organisation's services: name, theme, open or closed, leaders (the organisation's or the provider's employees), schedule, whether it pays allowances, startsOn.");
        api.MapGet("/groups", ListAsync)
            .RequireAction(Actions.GroupRead)
            .WithSummary("The groups the user reaches: the organisation's, or for a provider's staff the groups of the services they provide, with the number of members today.");
        api.MapGet("/groups/{id:guid}", GetAsync)
            .RequireAction(Actions.GroupRead)
            .WithSummary("The group with its members (name and membership only) and its sessions with attendance, and the group actions the user may take. Audited.");
        api.MapPost("/groups/{id:guid}/members", AddMemberAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a client (whom the user arranges services for) from joinedOn (today by default). Already a member, or no places left in the service (its capacity over all its groups), answers 409 saying how many places there are. Audited.");
        api.MapPost("/groups/{id:guid}/members/{clientId:guid}/leave", LeaveAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The member leaves the group on the day given (today by default). Audited.");
        api.MapPost("/groups/{id:guid}/sessions", AddSessionAsync)
            .RequireAction(Actions.AttendanceMark)
            .WithSummary("Record a meeting of the group (on, topic): by whoever keeps its attendance, the organisation's workers or the provider's staff.");
        api.MapPut("/sessions/{id:guid}/attendance", MarkAttendanceAsync)
            .RequireAction(Actions.AttendanceMark)
            .WithSummary("Mark who was present at a session: marks [{clientId, present}]. Everyone marked must be a member on the session's day; a refusal names them. Audited for each client.");
        api.MapGet("/groups/{id:guid}/allowances", AllowancesAsync)
            .RequireAction(Actions.AllowanceRead)
            .WithSummary("The month's (month=yyyy-MM) allowance list of one of the organisation's groups: for each member the sessions and days attended, the activity money and the travel card by the organisation's rules, with the totals. A group that pays no allowances lists nobody. Audited for each client listed.");
        api.MapGet("/groups/{id:guid}/allowances.csv", CsvAsync)
            .RequireAction(Actions.AllowanceRead)
            .Produces(StatusCodes.Status200OK, contentType: AllowanceExport.CsvType)
            .WithSummary("The month's allowance list as CSV for a Finnish spreadsheet (UTF-8 with BOM, semicolons, decimal comma). Audited.");
        api.MapGet("/groups/{id:guid}/allowances.xlsx", XlsxAsync)
            .RequireAction(Actions.AllowanceRead)
            .Produces(StatusCodes.Status200OK, contentType: AllowanceExport.XlsxType)
            .WithSummary("The month's allowance list as an XLSX workbook. Audited.");
    }

    public static async Task<Results<Created<GroupView>, ValidationProblem, NotFound, ProblemHttpResult>> CreateAsync(
        GroupInput input, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.CreateAsync(user, input, cancellationToken)).ToCreated(l, g => $"/api/v1/groups/{g.Id}");

    public static async Task<Ok<IReadOnlyList<GroupRow>>> ListAsync(CurrentUser user, GroupHandlers handlers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handlers.ListAsync(user, cancellationToken));

    public static async Task<Results<Ok<GroupView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<GroupView>, ValidationProblem, NotFound, ProblemHttpResult>> AddMemberAsync(
        Guid id, MemberInput input, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.AddMemberAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<GroupView>, ValidationProblem, NotFound, ProblemHttpResult>> LeaveAsync(
        Guid id, Guid clientId, LeaveInput? input, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.LeaveAsync(user, id, clientId, input ?? new LeaveInput(null), cancellationToken)).ToOk(l);

    public static async Task<Results<Created<SessionView>, ValidationProblem, NotFound, ProblemHttpResult>> AddSessionAsync(
        Guid id, SessionInput input, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.AddSessionAsync(user, id, input, cancellationToken)).ToCreated(l, _ => $"/api/v1/groups/{id}");

    public static async Task<Results<Ok<SessionView>, ValidationProblem, NotFound, ProblemHttpResult>> MarkAttendanceAsync(
        Guid id, AttendanceInput input, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.MarkAttendanceAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<AllowanceList>, ValidationProblem, NotFound, ProblemHttpResult>> AllowancesAsync(
        Guid id, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken, string? month = null) =>
        (await handlers.AllowancesAsync(user, id, month, cancellationToken)).ToOk(l);

    public static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> CsvAsync(
        Guid id, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken, string? month = null) =>
        File(await handlers.AllowancesAsync(user, id, month, cancellationToken), l, list =>
            (AllowanceExport.Csv(AllowanceExport.Table(list, l)), AllowanceExport.CsvType, AllowanceExport.FileName(list, "csv")));

    public static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> XlsxAsync(
        Guid id, CurrentUser user, GroupHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken, string? month = null) =>
        File(await handlers.AllowancesAsync(user, id, month, cancellationToken), l, list =>
            (AllowanceExport.Xlsx(AllowanceExport.Table(list, l), list.Month), AllowanceExport.XlsxType, AllowanceExport.FileName(list, "xlsx")));

    private static Results<FileContentHttpResult, ValidationProblem, NotFound, ProblemHttpResult> File(
        Result<AllowanceList> result, IStringLocalizer<Strings> l, Func<AllowanceList, (byte[] Content, string Type, string Name)> file)
    {
        if (result.Succeeded)
        {
            var (content, type, name) = file(result.Value!);
            return TypedResults.File(content, type, name);
        }

        return result.Outcome switch
        {
            Outcome.Invalid => TypedResults.ValidationProblem(result.Errors!, title: l["Problem.Validation"]),
            Outcome.NotFound => TypedResults.NotFound(),
            _ => result.ToProblem(l),
        };
    }
}
