using Polku.Web.Features.Clients.Sections;

namespace Polku.Web.Features.Access;

/// <summary>Shows the client's responsible worker who opened the record by stating a reason, and why.</summary>
public sealed class StatedReasonsSection(StatedReasonHandlers handlers) : IClientSection
{
    public const int Limit = 20;

    public int Order => 5;

    public Type Component => typeof(StatedReasonsNotice);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (client.Client.ResponsibleWorker?.Id != client.User.Id)
        {
            return null;
        }

        var accesses = await handlers.ForClientAsync(client.Client.OrganisationId, client.Id, Limit, cancellationToken);
        return accesses.Count == 0 ? null : accesses;
    }
}
