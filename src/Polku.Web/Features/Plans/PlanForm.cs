using System.Text.RegularExpressions;
using Polku.Domain.Plans;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Plans;

/// <summary>
/// The plan as the page's form holds it: text as typed (dates and numbers too, so nothing typed is lost), with one empty
/// row at the end of each list to add to. Empty rows are not sent; errors come back under the rows' places on the form.
/// </summary>
public sealed partial class PlanForm
{
    public string? ClientView { get; set; }

    public string? WorkerAssessment { get; set; }

    public string? ClientStrengths { get; set; }

    public string? WorkerStrengths { get; set; }

    public string? ClientCommitments { get; set; }

    public string? MeetingFrequency { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }

    public string? SupportLevel { get; set; }

    public string? NextReviewOn { get; set; }

    public bool ClientParticipated { get; set; }

    public string? ClientAgreement { get; set; }

    public string? ClientComment { get; set; }

    public List<GoalRow> Goals { get; set; } = [];

    public List<FactorRow> Factors { get; set; } = [];

    public List<ServiceRow> Services { get; set; } = [];

    public List<MethodRow> Methods { get; set; } = [];

    public List<MemberRow> Members { get; set; } = [];

    public List<SupporterRow> Supporters { get; set; } = [];

    public int Version { get; set; }

    public string? Action { get; set; }

    public sealed class GoalRow
    {
        public string? Key { get; set; }

        public string? Title { get; set; }

        public string? AreaCode { get; set; }

        public string? Weight { get; set; } = "1";

        public string? Baseline { get; set; } = "-1";

        public List<string?> Levels { get; set; } = ["", "", "", "", ""];

        public bool IsBlank => Blank(Title, AreaCode) && Levels.All(string.IsNullOrWhiteSpace);
    }

    public sealed class FactorRow
    {
        public string? Code { get; set; }

        public string? Note { get; set; }
    }

    public sealed class ServiceRow
    {
        public string? Key { get; set; }

        public string? Code { get; set; }

        public string? Description { get; set; }

        public string? StartsOn { get; set; }

        public string? ExpectedEndOn { get; set; }
    }

    public sealed class MethodRow
    {
        public string? Key { get; set; }

        public string? Code { get; set; }

        public string? Description { get; set; }
    }

    public sealed class MemberRow
    {
        public string? Name { get; set; }

        public string? Organisation { get; set; }

        public string? Responsibility { get; set; }
    }

    public sealed class SupporterRow
    {
        public string? Name { get; set; }

        public string? Relationship { get; set; }
    }

    public static PlanForm From(PlanContent c, int version) => new PlanForm
    {
        ClientView = c.ClientView,
        WorkerAssessment = c.WorkerAssessment,
        ClientStrengths = c.ClientStrengths,
        WorkerStrengths = c.WorkerStrengths,
        ClientCommitments = c.ClientCommitments,
        MeetingFrequency = c.MeetingFrequency,
        StartsOn = DateText(c.StartsOn),
        EndsOn = DateText(c.EndsOn),
        SupportLevel = c.SupportLevel?.ToString(),
        NextReviewOn = DateText(c.NextReviewOn),
        ClientParticipated = c.ClientParticipated,
        ClientAgreement = c.ClientAgreement?.ToString(),
        ClientComment = c.ClientComment,
        Goals = c.Goals.Select(g => new GoalRow
        {
            Key = g.Key.ToString(), Title = g.Title, AreaCode = g.AreaCode, Weight = FormValues.Text(g.Weight), Baseline = FormValues.Text(g.Baseline), Levels = [.. g.Levels],
        }).ToList(),
        Factors = c.SituationalFactors.Select(f => new FactorRow { Code = f.Code, Note = f.Note }).ToList(),
        Services = c.Services.Select(s => new ServiceRow
        {
            Key = s.Key.ToString(), Code = s.Code, Description = s.Description, StartsOn = DateText(s.StartsOn), ExpectedEndOn = DateText(s.ExpectedEndOn),
        }).ToList(),
        Methods = c.Methods.Select(m => new MethodRow { Key = m.Key.ToString(), Code = m.Code, Description = m.Description }).ToList(),
        Members = c.NetworkMembers.Select(n => new MemberRow { Name = n.Name, Organisation = n.Organisation, Responsibility = n.Responsibility }).ToList(),
        Supporters = c.Supporters.Select(s => new SupporterRow { Name = s.Name, Relationship = s.Relationship }).ToList(),
        Version = version,
    }.WithEmptyRows();

    /// <summary>
    /// A posted form as the page expects it: lists present, a goal with its five level texts, and one empty row at the
    /// end of each list (the browser sends empty rows too, but a hand-made post may not).
    /// </summary>
    public PlanForm Normalized()
    {
        Goals = (Goals ?? []).OfType<GoalRow>().ToList();
        foreach (var goal in Goals)
        {
            goal.Levels = [.. (goal.Levels ?? []).Take(5), .. Enumerable.Repeat<string?>("", Math.Max(0, 5 - (goal.Levels?.Count ?? 0)))];
        }

        Factors = (Factors ?? []).OfType<FactorRow>().ToList();
        Services = (Services ?? []).OfType<ServiceRow>().ToList();
        Methods = (Methods ?? []).OfType<MethodRow>().ToList();
        Members = (Members ?? []).OfType<MemberRow>().ToList();
        Supporters = (Supporters ?? []).OfType<SupporterRow>().ToList();
        if (Goals.Count == 0 || !Goals[^1].IsBlank)
        {
            Goals.Add(new());
        }

        AddBlank(Factors, f => string.IsNullOrWhiteSpace(f.Code) && string.IsNullOrWhiteSpace(f.Note));
        AddBlank(Services, s => Blank(s.Code, s.Description, s.StartsOn, s.ExpectedEndOn));
        AddBlank(Methods, m => Blank(m.Code, m.Description));
        AddBlank(Members, m => Blank(m.Name, m.Organisation, m.Responsibility));
        AddBlank(Supporters, s => Blank(s.Name, s.Relationship));
        return this;
    }

    private static void AddBlank<T>(List<T> rows, Func<T, bool> blank)
        where T : new()
    {
        if (rows.Count == 0 || !blank(rows[^1]))
        {
            rows.Add(new());
        }
    }

    /// <summary>One empty row at the end of each list, to write a new goal, service… into.</summary>
    public PlanForm WithEmptyRows()
    {
        Goals.Add(new());
        Factors.Add(new());
        Services.Add(new());
        Methods.Add(new());
        Members.Add(new());
        Supporters.Add(new());
        return this;
    }

    /// <summary>Dates typed so that they cannot be read, by the field they were typed in.</summary>
    public Dictionary<string, string[]>? UnreadableDates(Microsoft.Extensions.Localization.IStringLocalizer<Strings> l) =>
        FormValues.UnreadableDates(l,
        [
            ("startsOn", StartsOn), ("endsOn", EndsOn), ("nextReviewOn", NextReviewOn),
            .. Services.Select((s, i) => ($"services[{i}].startsOn", s.StartsOn)),
            .. Services.Select((s, i) => ($"services[{i}].expectedEndOn", s.ExpectedEndOn)),
        ]);

    /// <summary>What is sent: the rows with something in them, and where each sent row sits on the form.</summary>
    public (PlanInput Input, Func<string, string> FieldOnForm) ToInput()
    {
        var goals = Kept(Goals, g => g.IsBlank);
        var factors = Kept(Factors, f => Blank(f.Code, f.Note));
        var services = Kept(Services, s => Blank(s.Code, s.Description, s.StartsOn, s.ExpectedEndOn));
        var methods = Kept(Methods, m => Blank(m.Code, m.Description));
        var members = Kept(Members, m => Blank(m.Name, m.Organisation, m.Responsibility));
        var supporters = Kept(Supporters, s => Blank(s.Name, s.Relationship));
        var input = new PlanInput(
            ClientView, WorkerAssessment, ClientStrengths, WorkerStrengths, ClientCommitments, MeetingFrequency,
            FormValues.Date(StartsOn), FormValues.Date(EndsOn), Enum.TryParse<SupportLevel>(SupportLevel, out var level) ? level : null, FormValues.Date(NextReviewOn),
            goals.Select(i => Goals[i]).Select(g => new GoalInput(FormValues.Id(g.Key), g.Title, g.AreaCode, FormValues.Number(g.Weight), FormValues.Number(g.Baseline), g.Levels)).ToList(),
            factors.Select(i => new FactorInput(Factors[i].Code, Factors[i].Note)).ToList(),
            services.Select(i => Services[i]).Select(s => new ServiceInput(FormValues.Id(s.Key), s.Code, s.Description, FormValues.Date(s.StartsOn), FormValues.Date(s.ExpectedEndOn))).ToList(),
            methods.Select(i => new MethodInput(FormValues.Id(Methods[i].Key), Methods[i].Code, Methods[i].Description)).ToList(),
            members.Select(i => new NetworkMemberInput(Members[i].Name, Members[i].Organisation, Members[i].Responsibility)).ToList(),
            supporters.Select(i => new SupporterInput(Supporters[i].Name, Supporters[i].Relationship)).ToList(),
            ClientParticipated, Enum.TryParse<ClientAgreement>(ClientAgreement, out var agreement) ? agreement : null, ClientComment, Version);
        var places = new Dictionary<string, List<int>>
        {
            ["goals"] = goals, ["situationalFactors"] = factors, ["services"] = services, ["methods"] = methods, ["networkMembers"] = members, ["supporters"] = supporters,
        };
        return (input, field => RowField().Replace(field, m =>
            places.TryGetValue(m.Groups[1].Value, out var kept) && int.TryParse(m.Groups[2].ValueSpan, out var sent) && sent < kept.Count
                ? $"{m.Groups[1].Value}[{kept[sent]}]"
                : m.Value));
    }

    private static List<int> Kept<T>(List<T> rows, Func<T, bool> blank) =>
        rows.Select((row, index) => (row, index)).Where(r => !blank(r.row)).Select(r => r.index).ToList();

    private static bool Blank(params string?[] texts) => texts.All(string.IsNullOrWhiteSpace);

    private static string? DateText(DateOnly? date) => date is { } d ? FormValues.Text(d) : null;

    [GeneratedRegex(@"^(\w+)\[(\d+)\]")]
    private static partial Regex RowField();
}
