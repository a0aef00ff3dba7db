using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Features.Decisions;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.ProviderReferrals;

public sealed record ClientProviderReferral(
    Guid Id, string Service, ProviderReferralStatus Status, DateOnly SentOn, DateOnly? StartedOn, DateOnly? EndedOn, ServiceOutcome? Outcome, string Reason);

public sealed record ServiceChoice(Guid Id, string Name, ProducerType Producer, bool RequiresDecision);

public sealed record Choice(string Value, string Label);

/// <summary>The client's referrals to providers, and what a worker arranging a service chooses from.</summary>
public sealed record ClientProviderReferrals(
    IReadOnlyList<ClientProviderReferral> Referrals, bool MayArrange, IReadOnlyList<ServiceChoice> Services, IReadOnlyList<Choice> Decisions, IReadOnlyList<Choice> Goals);

/// <summary>"Palveluun ohjaukset" on the client page: the client's referrals with their status, and the form to send one.</summary>
public sealed class ProviderReferralsSection(PolkuDbContext db, ProviderReferralHandlers handlers, DecisionTypeQuery types, Clock clock) : IClientSection
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
        if (!client.Can(Actions.ClientServiceArrange))
        {
            return new ClientProviderReferrals(referrals, false, [], [], []);
        }

        var today = clock.Today;
        var organisationId = client.User.OrganisationId;
        var services = (await db.Services.AsNoTracking()
                .Where(s => s.OrganisationId == organisationId && s.ActiveFrom <= today && (s.ActiveUntil == null || s.ActiveUntil >= today))
                .Select(s => new { s.Id, s.Name, s.Producer, s.RequiresDecision }).ToListAsync(cancellationToken))
            .Select(s => new ServiceChoice(s.Id, s.Name.In(language), s.Producer, s.RequiresDecision))
            .OrderBy(s => s.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), false))
            .ToList();
        // The content is stored whole, so whether a decision grants is read from it here rather than in the query.
        var typeNames = (await types.AllAsync(organisationId, cancellationToken)).ToDictionary(t => t.Code, t => t.Name.In(language), StringComparer.Ordinal);
        var decisions = (await db.Decisions.AsNoTracking().Where(d => d.ClientId == id)
                .OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id).Take(50)
                .Select(d => new { d.Id, d.Status, d.Content, d.DecidedOn }).ToListAsync(cancellationToken))
            .Where(d => CommitmentRules.IsGranting(d.Status, d.Content.Outcome))
            .Select(d => new Choice(d.Id.ToString(), $"{typeNames.GetValueOrDefault(d.Content.TypeCode, d.Content.TypeCode)}{Term(d.Content.StartsOn, d.Content.EndsOn)}"))
            .ToList();
        var goals = (await handlers.PlanGoalsAsync(id, cancellationToken)).Select(g => new Choice(g.Key.ToString(), g.Title)).ToList();
        return new ClientProviderReferrals(referrals, true, services, decisions, goals);
    }

    private static string Term(DateOnly? starts, DateOnly? ends) =>
        starts is { } s ? $" {Format.Date(s)}–{(ends is { } e ? Format.Date(e) : "")}" : "";
}
