using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Referrals;
using Polku.Web.Features.Home;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Referrals;

/// <summary>The referrals the user handles, on their queue until the assessment starts (SHL § 36 deadline).</summary>
public sealed class ReferralWork(PolkuDbContext db, ClientAccess access, IStringLocalizer<Strings> l) : IWorkQueueSource
{
    public async Task<IReadOnlyList<WorkItem>> MineAsync(CurrentUser user, int limit, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        var rows = await (
                from r in db.Referrals.AsNoTracking()
                join c in access.Clients(user, Actions.ReferralRead) on r.ClientId equals c.Id
                where r.HandlerId == userId && r.Status == ReferralStatus.Open
                orderby r.AssessmentStartDueOn, r.Id
                select new { r.Id, r.ClientId, Name = c.LastName + " " + c.FirstNames, r.AssessmentStartDueOn })
            .Take(limit).ToListAsync(cancellationToken);
        return rows.Select(r => new WorkItem("Referral", l["Work.StartAssessment"], r.ClientId, r.Name, r.AssessmentStartDueOn, $"referrals/{r.Id}")).ToList();
    }
}
