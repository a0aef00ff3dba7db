using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Features.People;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.ProviderReferrals;

/// <summary>A referral to a provider on the client's timeline: sent, accepted or declined, started and ended.</summary>
public sealed class ProviderReferralTimeline(EmployeeNames employees, ClientProviderReferralRecords records, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var referrals = await records.ForClientAsync(clientId, limit, cancellationToken);
        if (referrals.Count == 0)
        {
            return [];
        }

        var people = referrals.SelectMany(r => r.History.Select(h => h.ById)).Distinct().ToList();
        var names = await employees.ForAsync(people, cancellationToken);
        var language = UiLanguage.Current;
        return referrals.SelectMany(r => r.History.Select((h, index) => new TimelineItem(
                "ProviderReferral", h.Status.ToString(), $"{l["ProviderReferralEvent." + h.Status]}: {r.Service.In(language)}", h.On, null, h.Note,
                names.GetValueOrDefault(h.ById), null, r.Id, $"provider-referrals/{r.Id}", Rank: index)))
            .OrderByDescending(i => i.Date).Take(limit).ToList();
    }
}
