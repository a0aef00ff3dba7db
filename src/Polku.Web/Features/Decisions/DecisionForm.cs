using Microsoft.Extensions.Localization;
using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Decisions;

/// <summary>The draft as the page's form holds it: text as typed, so a date that cannot be read is shown back as typed.</summary>
public sealed class DecisionForm
{
    public string? TypeCode { get; set; }

    public string? Service { get; set; }

    public string? Outcome { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }

    public List<string> LegalBases { get; set; } = [];

    public string? Reasons { get; set; }

    public string? Decided { get; set; }

    public string? MoreInformation { get; set; }

    public string? Language { get; set; }

    public string? PlanId { get; set; }

    public string? ServiceStartedOn { get; set; }

    public int Version { get; set; }

    /// <summary>save, or the step to take after saving (submit, sign).</summary>
    public string? Action { get; set; }

    /// <summary>The form binder leaves a list null when no box was ticked.</summary>
    public DecisionForm Normalized()
    {
        LegalBases ??= [];
        return this;
    }

    public static DecisionForm From(DecisionContent c, int version) => new()
    {
        TypeCode = c.TypeCode,
        Service = c.Service,
        Outcome = c.Outcome?.ToString(),
        StartsOn = DateText(c.StartsOn),
        EndsOn = DateText(c.EndsOn),
        LegalBases = [.. c.LegalBases],
        Reasons = c.Reasons,
        Decided = c.Decided,
        MoreInformation = c.MoreInformation,
        Language = c.Language,
        PlanId = c.PlanId?.ToString(),
        ServiceStartedOn = DateText(c.ServiceStartedOn),
        Version = version,
    };

    public Dictionary<string, string[]>? UnreadableDates(IStringLocalizer<Strings> l) =>
        FormValues.UnreadableDates(l, ("startsOn", StartsOn), ("endsOn", EndsOn), ("serviceStartedOn", ServiceStartedOn));

    public DecisionInput ToInput() => new(
        TypeCode, Service, Enum.TryParse<DecisionOutcome>(Outcome, out var outcome) && Enum.IsDefined(outcome) ? outcome : null,
        FormValues.Date(StartsOn), FormValues.Date(EndsOn), LegalBases, Reasons, Decided, MoreInformation, Language, FormValues.Id(PlanId),
        FormValues.Date(ServiceStartedOn), Version);

    private static string? DateText(DateOnly? date) => date is { } d ? FormValues.Text(d) : null;
}
