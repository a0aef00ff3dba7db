using Polku.Domain.Access;
using Polku.Web.Features.Clients.Sections;

namespace Polku.Web.Features.Measurements;

public sealed record LatestMeasurement(SeriesView Series, MeasurementView Latest);

/// <summary>The client's latest measurement with each instrument, linking to the charts and tables.</summary>
public sealed class MeasurementsSection(MeasurementHandlers measurements) : IClientSection
{
    public int Order => 36;

    public Type Component => typeof(MeasurementsList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.MeasurementRead))
        {
            return null;
        }

        var series = await measurements.SeriesAsync(client.Id, null, cancellationToken);
        return series.Select(s => new LatestMeasurement(s, s.Measurements[^1])).ToList();
    }
}
