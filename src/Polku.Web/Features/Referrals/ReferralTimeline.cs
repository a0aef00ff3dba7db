using Microsoft.Extensions.Localization;
using Polku.Domain.CodeLists;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Features.CodeLists;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Referrals;

/// <summary>Referrals on the client's timeline, on the day they were received.</summary>
public sealed class ReferralTimeline(ClientReferralRecords records, CodeListQuery codes, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var rows = await records.ForClientAsync(clientId, limit, cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var sources = await codes.NamesAsync(rows[0].OrganisationId, CodeListNames.ReferralSources, cancellationToken);
        return rows.Select(r => new TimelineItem(
                "Referral", r.SourceCode, l["Timeline.Referral", sources.TryGetValue(r.SourceCode, out var name) ? name.In(UiLanguage.Current) : r.SourceCode],
                r.ReceivedOn, r.CreatedAt, r.Description, r.Author, null, r.Id, null))
            .ToList();
    }
}
