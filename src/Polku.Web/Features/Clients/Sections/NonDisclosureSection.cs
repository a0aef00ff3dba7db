using Polku.Domain.Access;

namespace Polku.Web.Features.Clients.Sections;

/// <summary>Setting and clearing the non-disclosure order (turvakielto), for those who may change the client. No query of its own.</summary>
public sealed class NonDisclosureSection : IClientSection
{
    public int Order => 12;

    public Type Component => typeof(NonDisclosureForm);

    public Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken) =>
        Task.FromResult<object?>(client.Can(Actions.ClientUpdate) ? client.Client : null);
}
