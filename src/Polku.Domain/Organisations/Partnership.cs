namespace Polku.Domain.Organisations;

public enum ProductionMode
{
    Purchased,
    ThirdSector,
}

/// <summary>A provider an organisation buys services from or works with (domain.md step 6).</summary>
public sealed class Partnership
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ProviderId { get; init; }

    public ProductionMode Mode { get; set; }

    public Organisation? Provider { get; init; }
}
