using Polku.Web.Features.Clients.Sections;

namespace Polku.Web.Features.ClientRecord;

/// <summary>The client record on the client page: writing an entry, and the timeline every feature adds to.</summary>
public sealed class RecordSection(Timeline timeline) : IClientSection
{
    /// <summary>The client page shows the newest lines; the timeline endpoint gives up to <see cref="Timeline.Limit"/>.</summary>
    public const int Limit = 50;

    public int Order => 40;

    public Type Component => typeof(RecordTimeline);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken) =>
        await timeline.ForClientAsync(client.Id, Limit, cancellationToken);
}
