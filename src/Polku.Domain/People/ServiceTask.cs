using Polku.Domain.Common;

namespace Polku.Domain.People;

/// <summary>
/// A service task (palvelutehtävä) that access to client records is granted by (Act 254/2015).
/// The codes are data: the national code set (OID 1.2.246.537.6.1221) is imported, not hard-coded.
/// </summary>
public sealed class ServiceTask
{
    public required string Code { get; init; }

    public required LocalizedName Name { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>How long the service task's client documents are kept after the matter closed (working-age services: 10).</summary>
    public int RetentionYears { get; set; } = 10;
}
