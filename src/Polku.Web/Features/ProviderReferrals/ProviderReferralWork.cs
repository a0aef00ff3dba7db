using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.People;
using Polku.Domain.Services;
using Polku.Web.Features.Home;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.ProviderReferrals;

/// <summary>
/// On a provider's front page the referrals sent to it and waiting for an answer; on a worker's, the referrals of their
/// clients that a provider declined lately, so another place is found.
/// </summary>
public sealed class ProviderReferralWork(PolkuDbContext db, ClientAccess access, Clock clock, IStringLocalizer<Strings> l) : IWorkQueueSource
{
    /// <summary>How long a declined referral stays on the worker's front page.</summary>
    public const int DeclinedDays = 60;

    public async Task<IReadOnlyList<WorkItem>> MineAsync(CurrentUser user, int limit, CancellationToken cancellationToken)
    {
        var language = UiLanguage.Current;
        var userId = user.Id;
        var organisationId = user.OrganisationId;
        if (user.Has(Role.ProviderStaff))
        {
            var waiting = await (
                    from r in db.ProviderReferrals.AsNoTracking()
                    join c in access.Clients(user, Actions.ClientServiceRespond) on r.ClientId equals c.Id
                    join s in db.Services on r.ServiceId equals s.Id
                    where r.ProviderId == organisationId && r.Status == ProviderReferralStatus.Sent
                    orderby r.SentOn, r.Id
                    select new { r.Id, r.ClientId, Name = c.LastName + " " + c.FirstNames, Service = s.Name, r.SentOn })
                .Take(limit).ToListAsync(cancellationToken);
            return waiting.Select(r => new WorkItem("ProviderReferralNew", $"{l["Work.AnswerProviderReferral"]}: {r.Service.In(language)}", r.ClientId, r.Name, null,
                $"provider-referrals/{r.Id}")).ToList();
        }

        // Who declined and when is in the history, stored whole: the recent ones are read and sorted out here.
        var since = clock.Today.AddDays(-DeclinedDays);
        var declined = await (
                from r in db.ProviderReferrals.AsNoTracking()
                join c in access.Clients(user, Actions.ClientServiceArrange) on r.ClientId equals c.Id
                join s in db.Services on r.ServiceId equals s.Id
                where r.Status == ProviderReferralStatus.Declined && r.SentOn >= since.AddDays(-DeclinedDays) && c.ResponsibleWorkerId == userId
                orderby r.SentOn descending, r.Id
                select new { r.Id, r.ClientId, Name = c.LastName + " " + c.FirstNames, Service = s.Name, r.History })
            .Take(limit * 2).ToListAsync(cancellationToken);
        return declined
            .Select(r => (Referral: r, DeclinedOn: r.History.LastOrDefault(h => h.Status == ProviderReferralStatus.Declined)?.On))
            .Where(r => r.DeclinedOn >= since)
            .Take(limit)
            .Select(r => new WorkItem("ProviderReferralDeclined", $"{l["Work.ProviderReferralDeclined"]}: {r.Referral.Service.In(language)}", r.Referral.ClientId, r.Referral.Name,
                null, $"provider-referrals/{r.Referral.Id}"))
            .ToList();
    }
}
