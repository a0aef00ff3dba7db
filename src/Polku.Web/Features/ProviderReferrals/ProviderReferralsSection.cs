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
public sealed class ProviderReferralsSection(ClientProviderReferralRecords records) : IClientSection
{
    public const int Limit = 50;

    public int Order => 38;

    public Type Component => typeof(ProviderReferralsList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.ClientServiceRead))
        {
            return null;
        }

        var language = UiLanguage.Current;
        var referrals = (await records.ForClientAsync(client.Id, Limit, cancellationToken))
            .Select(r => new ClientProviderReferral(r.Id, r.Service.In(language), r.Status, r.SentOn, r.StartedOn, r.EndedOn, r.Outcome, r.Reason))
            .ToList();
        return new ClientProviderReferrals(referrals, client.Can(Actions.ClientServiceArrange));
    }
}
