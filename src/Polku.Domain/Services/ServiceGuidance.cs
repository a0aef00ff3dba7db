namespace Polku.Domain.Services;

/// <summary>
/// A client guided to a low-threshold service (Klaara, Horisontti, an own open group): no decision is made, and the
/// guidance is recorded on the client's timeline.
/// </summary>
public sealed class ServiceGuidance
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    public Guid ServiceId { get; init; }

    public DateOnly On { get; init; }

    public Guid ById { get; init; }

    public string Note { get; init; } = "";
}
