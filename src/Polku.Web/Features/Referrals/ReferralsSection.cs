using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Referrals;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Features.CodeLists;

namespace Polku.Web.Features.Referrals;

public sealed record ClientReferral(Guid Id, DateOnly ReceivedOn, string Source, DateOnly DueOn, ReferralStatus Status, Guid? AssessmentId, bool Overdue);

public sealed record ClientReferrals(IReadOnlyList<ClientReferral> Referrals, IReadOnlyDictionary<string, LocalizedName> Sources);

/// <summary>The client's referrals on the client page, with their § 36 deadlines.</summary>
public sealed class ReferralsSection(ClientReferralRecords records, CodeListQuery codes, Infrastructure.Clock clock) : IClientSection
{
    public const int Limit = 50;

    public int Order => 20;

    public Type Component => typeof(ReferralsList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var referrals = (await records.ForClientAsync(client.Id, Limit, cancellationToken))
            .Select(r => new ClientReferral(r.Id, r.ReceivedOn, r.SourceCode, r.DueOn, r.Status, r.AssessmentId, r.Status == ReferralStatus.Open && r.DueOn < today))
            .ToList();
        var sources = referrals.Count == 0 ? new Dictionary<string, LocalizedName>()
            : await codes.NamesAsync(client.Client.OrganisationId, CodeListNames.ReferralSources, cancellationToken);
        return new ClientReferrals(referrals, sources);
    }
}
