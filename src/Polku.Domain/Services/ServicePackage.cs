namespace Polku.Domain.Services;

/// <summary>How much support a package gives at a time; the work moves between these during the package.</summary>
public enum SupportLevel
{
    Intensive,
    Basic,
    Light,
}

public sealed record SupportLevelChange(DateOnly On, SupportLevel Level, Guid ById, string Note = "");

/// <summary>
/// A service package (Espoo): a named bundle of services attached to the client's plan, given at a support level
/// that can change while the package runs; every change is kept.
/// </summary>
public sealed class ServicePackage : Common.IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    public Guid? PlanId { get; set; }

    public required string Name { get; set; }

    public List<Guid> ServiceIds { get; set; } = [];

    public SupportLevel Level { get; private set; }

    public List<SupportLevelChange> Levels { get; private set; } = [];

    public DateOnly StartsOn { get; init; }

    public DateOnly? EndsOn { get; set; }

    public int Version { get; set; }

    public static ServicePackage Start(Guid organisationId, Guid clientId, Guid? planId, string name, IEnumerable<Guid> serviceIds, SupportLevel level, Guid byId, DateOnly on)
    {
        var package = new ServicePackage { OrganisationId = organisationId, ClientId = clientId, PlanId = planId, Name = name, ServiceIds = serviceIds.ToList(), StartsOn = on };
        package.ChangeLevel(level, byId, on);
        return package;
    }

    public void ChangeLevel(SupportLevel level, Guid byId, DateOnly on, string note = "")
    {
        if (Levels.Count > 0 && on < Levels[^1].On)
        {
            throw new ArgumentOutOfRangeException(nameof(on), on, "A level change cannot come before the previous one.");
        }

        Level = level;
        Levels.Add(new(on, level, byId, note));
    }
}
