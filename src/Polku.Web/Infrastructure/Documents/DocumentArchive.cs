using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Common;
using Polku.Domain.Documents;

namespace Polku.Web.Infrastructure.Documents;

/// <summary>The archive metadata of a client's document, for a caller that has already checked and audited the read.</summary>
public sealed class DocumentArchive(PolkuDbContext db)
{
    /// <summary>Retention when the client's service task has none recorded: working-age services, 10 years.</summary>
    private const int DefaultRetentionYears = 10;

    public async Task<ArchiveMetadata> ForAsync(DocumentType type, Guid clientId, CancellationToken cancellationToken)
    {
        var row = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new
            {
                c.ServiceTaskCode,
                Task = db.ServiceTasks.Where(t => t.Code == c.ServiceTaskCode).Select(t => new { t.Name, t.RetentionYears }).FirstOrDefault(),
                Classes = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.RecordsPlanClasses).First(),
            })
            .SingleAsync(cancellationToken);
        return ArchiveMetadata.For(
            type, row.ServiceTaskCode, row.Task?.Name ?? new LocalizedName(row.ServiceTaskCode, row.ServiceTaskCode, row.ServiceTaskCode),
            row.Task?.RetentionYears ?? DefaultRetentionYears, row.Classes);
    }
}
