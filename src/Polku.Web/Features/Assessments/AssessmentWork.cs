using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Assessments;
using Polku.Web.Features.Home;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Assessments;

/// <summary>The assessments the user started and has not completed.</summary>
public sealed class AssessmentWork(PolkuDbContext db, ClientAccess access, IStringLocalizer<Strings> l) : IWorkQueueSource
{
    public async Task<IReadOnlyList<WorkItem>> MineAsync(CurrentUser user, int limit, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        // The organisation named too, so the database reads its (organisation, status, author) index.
        var organisationId = user.OrganisationId;
        var rows = await (
                from a in db.Assessments.AsNoTracking()
                join c in access.Clients(user, Actions.AssessmentRead) on a.ClientId equals c.Id
                where a.OrganisationId == organisationId && a.AuthorId == userId && a.Status == AssessmentStatus.InProgress
                orderby a.StartedOn, a.Id
                select new { a.Id, a.ClientId, Name = c.LastName + " " + c.FirstNames })
            .Take(limit).ToListAsync(cancellationToken);
        return rows.Select(a => new WorkItem("Assessment", l["Work.CompleteAssessment"], a.ClientId, a.Name, null, $"assessments/{a.Id}")).ToList();
    }
}
