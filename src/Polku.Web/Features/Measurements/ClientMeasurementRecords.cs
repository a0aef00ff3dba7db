using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Instruments;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Measurements;

/// <summary>A client's measurement with the instrument version it was scored on and who recorded it.</summary>
public sealed record ClientMeasurementRecord(Measurement Measurement, Instrument Instrument, string? RecordedBy);

/// <summary>
/// The client's measurements, all or with one instrument, read once per request: the client page's section and its
/// timeline show the same rows. A client has a handful, not thousands, so they are read whole.
/// </summary>
public sealed class ClientMeasurementRecords(PolkuDbContext db) : IClientPageRecords
{
    // Compiled: the page asks it on every view, and its shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, string?, IAsyncEnumerable<ClientMeasurementRecord>>> All = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, string? key) => db.Measurements.AsNoTracking()
            .Where(m => m.ClientId == clientId)
            .Join(db.Instruments, m => m.InstrumentId, i => i.Id, (m, i) => new { Measurement = m, Instrument = i })
            .Where(r => key == null || r.Instrument.Key == key)
            .Select(r => new ClientMeasurementRecord(r.Measurement, r.Instrument,
                db.Employees.Where(e => e.Id == r.Measurement.RecordedBy).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault()))));

    private readonly ReadOnce<(Guid Client, string? Key), IReadOnlyList<ClientMeasurementRecord>> read = new();

    public Task<IReadOnlyList<ClientMeasurementRecord>> ForClientAsync(Guid clientId, string? key, CancellationToken cancellationToken) =>
        read.GetAsync((clientId, key), async () => await All.For(db)(db, clientId, key).ToListAsync(cancellationToken));
}
