using Polku.Domain.Access;
using Polku.Web.Features.Clients.Sections;

namespace Polku.Web.Features.Paths;

/// <summary>"Polku" on the client page: the paths the client is on, drawn, with the moves recorded and the next step proposed.</summary>
public sealed class PathSection(PathQuery paths) : IClientSection
{
    public int Order => 39;

    public Type Component => typeof(PathDiagram);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken) =>
        client.Can(Actions.ClientRead) ? await paths.ForClientAsync(client.Client.OrganisationId, client.Id, cancellationToken, onlyWhenMoved: true) : null;
}
