using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Services;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.ProviderReferrals;

public sealed record ClientProviderReferral(
    Guid Id, string Service, ProviderReferralStatus Status, DateOnly SentOn, DateOnly? StartedOn, DateOnly? EndedOn, ServiceOutcome? Outcome, string Reason);

/// <summary>The client's referrals to providers, and whether the user may send one (on its own page, with what it needs).</summary>
public sealed record ClientProviderReferrals(IReadOnlyList<ClientProviderReferral> Referrals, bool MayArrange);

/// <summary>"Palveluun ohjaukset" on the client page: the client's referrals with their status, and the way to send one.</summary>
public sealed class ProviderReferralsSection(PolkuDbContext db) : IClientSection
{
    public int Order => 38;

    public Type Component => typeof(ProviderReferralsList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.ClientServiceRead))
        {
            return null;
        }

        var language = UiLanguage.Current;
        var id = client.Id;
        var referrals = (await (
                from r in db.ProviderReferrals.AsNoTracking()
                join s in db.Services on r.ServiceId equals s.Id
                where r.ClientId == id
                orderby r.SentOn descending, r.Id descending
                select new { r.Id, s.Name, r.Status, r.SentOn, r.StartedOn, r.EndedOn, r.Outcome, r.Reason })
            .Take(50).ToListAsync(cancellationToken))
            .Select(r => new ClientProviderReferral(r.Id, r.Name.In(language), r.Status, r.SentOn, r.StartedOn, r.EndedOn, r.Outcome, r.Reason))
            .ToList();
        return new ClientProviderReferrals(referrals, client.Can(Actions.ClientServiceArrange));
    }

}
