using Polku.Domain.CodeLists;
using Polku.Web.Features.CodeLists;
using Polku.Web.Infrastructure.Localization;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Features.Referrals;

namespace Polku.Web.Features.Assessments;

/// <summary>An open referral to start an assessment from; <see cref="Source"/> is the source's name in the user's language.</summary>
public sealed record OpenReferralOption(Guid Id, DateOnly ReceivedOn, string Source);

public sealed record ClientAssessments(IReadOnlyList<AssessmentHandlers.Summary> Assessments, IReadOnlyList<OpenReferralOption> OpenReferrals);

/// <summary>The client's service-need assessments, and starting one — from the client's open referral by default.</summary>
public sealed class AssessmentsSection(ClientReferralRecords referrals, ClientAssessmentRecords assessments, CodeListQuery codes) : IClientSection
{
    public const int Limit = 50;

    public int Order => 30;

    public Type Component => typeof(AssessmentsList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        var list = (await assessments.ForClientAsync(client.Id, Limit, cancellationToken))
            .Select(a => new AssessmentHandlers.Summary(a.Id, a.StartedOn, a.CompletedOn, a.Status, a.RehabilitationNeeded))
            .ToList();
        var open = (await referrals.OpenAsync(client.Id, ReferralsSection.Limit, cancellationToken))
            .Select(r => new OpenReferralOption(r.Id, r.ReceivedOn, r.SourceCode))
            .ToList();
        if (open.Count > 0)
        {
            var sources = await codes.NamesAsync(client.Client.OrganisationId, CodeListNames.ReferralSources, cancellationToken);
            open = open.Select(r => r with { Source = sources.TryGetValue(r.Source, out var name) ? name.In(UiLanguage.Current) : r.Source }).ToList();
        }

        return new ClientAssessments(list, open);
    }
}
