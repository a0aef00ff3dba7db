namespace Polku.Domain.Clients;

/// <summary>
/// Who may see a client's address. A client with a non-disclosure order for personal safety (turvakielto, Act 661/2009
/// § 36) never has their address shown or printed to anyone but their own responsible worker: not on lists, pages,
/// API answers or letters, not to colleagues, leads or providers. Every place that lets an address out asks here.
/// </summary>
public static class ClientAddress
{
    /// <summary>
    /// Whether the non-disclosure order keeps the address from this reader: true when the client has the order and the
    /// reader is not the client's responsible worker (whether or not an address is recorded, so the answer tells nothing
    /// of it). A client without a responsible worker has their address withheld from everyone.
    /// </summary>
    public static bool IsWithheld(bool nonDisclosure, Guid? responsibleWorkerId, Guid readerId) =>
        nonDisclosure && (readerId == Guid.Empty || responsibleWorkerId != readerId);

    /// <summary>The address as this reader may see it: the address itself, or null when the non-disclosure order withholds it.</summary>
    public static string? Visible(string? address, bool nonDisclosure, Guid? responsibleWorkerId, Guid readerId) =>
        IsWithheld(nonDisclosure, responsibleWorkerId, readerId) ? null : address;

    /// <summary>The client's address as this reader may see it.</summary>
    public static string? Visible(Client client, Guid readerId) =>
        Visible(client.Address, client.NonDisclosure, client.ResponsibleWorkerId, readerId);
}
