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

    /// <summary>Whom the organisation deals with at the provider; notices go to the first with an e-mail address.</summary>
    public List<ProviderContact> Contacts { get; set; } = [];

    public Organisation? Provider { get; init; }
}

/// <summary>A contact person at a provider.</summary>
public sealed record ProviderContact(string Name, string Email, string Phone, string Role = "");
