using Polku.Domain.Common;

namespace Polku.Domain.Services;

/// <summary>A step of a path: reached by starting a service of one of its types, or one of the named services.</summary>
public sealed record PathStep(string Code, LocalizedName Name, IReadOnlyList<ServiceType> Types, IReadOnlyList<string> ServiceCodes)
{
    public bool Covers(ServiceType type, string serviceCode) => ServiceCodes.Contains(serviceCode) || (ServiceCodes.Count == 0 && Types.Contains(type));
}

/// <summary>
/// A path template (jatkopolku) as ordered steps: the general direction from individual guidance to the open labour
/// market, or a region's own path such as Vaasa's Vuorikoti → Himalaja → wage subsidy → labour market.
/// </summary>
public sealed class PathTemplate : IReferenceData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Null for the national template every organisation has.</summary>
    public Guid? OrganisationId { get; init; }

    public required string Code { get; init; }

    public required LocalizedName Name { get; set; }

    public List<PathStep> Steps { get; set; } = [];

    public int SortOrder { get; set; }

    /// <summary>The index of the step a service belongs to, or null when the path does not go through it.</summary>
    public int? StepOf(ServiceType type, string serviceCode)
    {
        var index = Steps.FindIndex(s => s.Covers(type, serviceCode));
        return index < 0 ? null : index;
    }
}

/// <summary>A client's move on a path, recorded when a service starts or ends.</summary>
public sealed class PathTransition
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    public required string TemplateCode { get; init; }

    /// <summary>The step left, or null when the client entered the path.</summary>
    public string? FromStep { get; init; }

    public required string ToStep { get; init; }

    public DateOnly On { get; init; }

    public Guid? ServiceId { get; init; }
}

/// <summary>A service a client has used, as the path reads it.</summary>
public sealed record ServiceUse(ServiceType Type, string ServiceCode, DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>Where a client stands on a path: the step reached, whether a service of it runs, and the next step.</summary>
public sealed record PathPosition(int? Reached, bool Active, int? Next);

/// <summary>A client's position follows from the services they start and end. Pure.</summary>
public static class ServicePaths
{
    /// <summary>
    /// The furthest step reached by any started service; active while a service of that step runs; the next step is
    /// proposed once the reached step's services have all ended.
    /// </summary>
    public static PathPosition Position(PathTemplate template, IEnumerable<ServiceUse> uses)
    {
        var onPath = uses.Select(u => (Use: u, Step: template.StepOf(u.Type, u.ServiceCode))).Where(x => x.Step is not null).ToList();
        if (onPath.Count == 0)
        {
            return new(null, false, template.Steps.Count > 0 ? 0 : null);
        }

        var reached = onPath.Max(x => x.Step!.Value);
        var active = onPath.Any(x => x.Step == reached && x.Use.EndedOn is null);
        var next = !active && reached + 1 < template.Steps.Count ? reached + 1 : (int?)null;
        return new(reached, active, next);
    }

    /// <summary>The transition a service's start makes, or null when it keeps the client where they are or behind.</summary>
    public static (string? From, string To)? TransitionOnStart(PathTemplate template, IEnumerable<ServiceUse> before, ServiceType type, string serviceCode)
    {
        var step = template.StepOf(type, serviceCode);
        var reached = Position(template, before).Reached;
        if (step is null || (reached is { } r && step <= r))
        {
            return null;
        }

        return (reached is { } from ? template.Steps[from].Code : null, template.Steps[step.Value].Code);
    }
}
