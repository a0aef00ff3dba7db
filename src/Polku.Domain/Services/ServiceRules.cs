namespace Polku.Domain.Services;

public enum ServiceProblemKind
{
    /// <summary>The lowest age is above the highest.</summary>
    AgeRangeReversed,

    /// <summary>An age below 0 or above 120.</summary>
    AgeOutOfRange,

    /// <summary>No language, or one other than fi, sv or en.</summary>
    Languages,

    /// <summary>A price without its unit, or a unit without a price.</summary>
    PriceAndUnit,

    /// <summary>A negative price or a capacity below 1.</summary>
    NotPositive,

    /// <summary>A purchased or third-sector service names no provider.</summary>
    ProviderRequired,

    /// <summary>An own service names no unit.</summary>
    UnitRequired,

    /// <summary>The active period ends before it starts.</summary>
    PeriodReversed,
}

/// <summary>What is wrong with a catalogue entry, under the field it concerns.</summary>
public sealed record ServiceProblem(string Field, ServiceProblemKind Kind);

/// <summary>The rules of a service catalogue entry, and a client's age as a service's age range reads it. Pure.</summary>
public static class ServiceRules
{
    /// <summary>The languages a service may be given in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["fi", "sv", "en"];

    /// <summary>Full years of age on the day (a birthday on 29 February counts on 1 March in other years).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        if (day.Month < birthDate.Month || (day.Month == birthDate.Month && day.Day < birthDate.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>The service's own consistency; whether the provider is a partner and the unit the organisation's is for the caller to check.</summary>
    public static IReadOnlyList<ServiceProblem> Check(Service service)
    {
        var problems = new List<ServiceProblem>();
        foreach (var (field, age) in new[] { ("minAge", service.MinAge), ("maxAge", service.MaxAge) })
        {
            if (age is < 0 or > 120)
            {
                problems.Add(new(field, ServiceProblemKind.AgeOutOfRange));
            }
        }

        if (service.MinAge is { } min && service.MaxAge is { } max && min > max && !problems.Any(p => p.Kind == ServiceProblemKind.AgeOutOfRange))
        {
            problems.Add(new("maxAge", ServiceProblemKind.AgeRangeReversed));
        }

        if (service.Languages.Count == 0 || service.Languages.Any(l => !Languages.Contains(l)) || service.Languages.Distinct().Count() != service.Languages.Count)
        {
            problems.Add(new("languages", ServiceProblemKind.Languages));
        }

        if ((service.UnitPrice is null) != (service.PriceUnit is null))
        {
            problems.Add(new(service.UnitPrice is null ? "unitPrice" : "priceUnit", ServiceProblemKind.PriceAndUnit));
        }
        else if (service.UnitPrice < 0)
        {
            problems.Add(new("unitPrice", ServiceProblemKind.NotPositive));
        }

        if (service.Capacity is < 1)
        {
            problems.Add(new("capacity", ServiceProblemKind.NotPositive));
        }

        if (service.Producer == ProducerType.Own && service.UnitId is null)
        {
            problems.Add(new("unitId", ServiceProblemKind.UnitRequired));
        }
        else if (service.Producer != ProducerType.Own && service.ProviderId is null)
        {
            problems.Add(new("providerId", ServiceProblemKind.ProviderRequired));
        }

        if (service.ActiveUntil is { } until && until < service.ActiveFrom)
        {
            problems.Add(new("activeUntil", ServiceProblemKind.PeriodReversed));
        }

        return problems;
    }
}
