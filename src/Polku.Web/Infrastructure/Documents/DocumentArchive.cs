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
        // Joins rather than rows picked inside the projection, which the database would answer by numbering whole tables.
        var row = await (
                from c in db.Clients.AsNoTracking()
                where c.Id == clientId
                join o in db.Organisations on c.OrganisationId equals o.Id
                from t in db.ServiceTasks.Where(t => t.Code == c.ServiceTaskCode).DefaultIfEmpty()
                select new
                {
                    c.ServiceTaskCode,
                    Task = t == null ? null : new { t.Name, t.RetentionYears },
                    Classes = o.RecordsPlanClasses,
                })
            .SingleAsync(cancellationToken);
        return ArchiveMetadata.For(
            type, row.ServiceTaskCode, row.Task?.Name ?? new LocalizedName(row.ServiceTaskCode, row.ServiceTaskCode, row.ServiceTaskCode),
            row.Task?.RetentionYears ?? DefaultRetentionYears, row.Classes);
    }
}
