using Polku.Domain.Access;

namespace Polku.Web.Features.Clients.Sections;

/// <summary>Naming the responsible worker (SHL § 42), for those who may.</summary>
public sealed class ResponsibleWorkerSection(ClientHandlers clients) : IClientSection
{
    public int Order => 10;

    public Type Component => typeof(ResponsibleWorkerForm);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken) =>
        client.Can(Actions.ResponsibleWorkerAssign) ? await clients.WorkersAsync(client.Client.OrganisationId, client.Client.NeedsSpecialSupport, cancellationToken) : null;
}
