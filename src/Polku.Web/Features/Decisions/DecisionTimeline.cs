using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Decisions;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Features.People;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Decisions;

/// <summary>A decision's start and each step taken on it (submitted, reviewed, signed, delivered, annulled) on the client's timeline.</summary>
public sealed class DecisionTimeline(EmployeeNames employees, ClientDecisionRecords records, DecisionTypeQuery types, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var decisions = await records.ForClientAsync(clientId, limit, cancellationToken);
        if (decisions.Count == 0)
        {
            return [];
        }

        var people = decisions.SelectMany(d => d.History.Select(h => h.ById).Append(d.PreparerId)).Distinct().ToList();
        var names = await employees.ForAsync(people, cancellationToken);
        var typeNames = (await types.AllAsync(decisions[0].OrganisationId, cancellationToken))
            .ToDictionary(t => t.Code, t => t.Name.In(UiLanguage.Current), StringComparer.Ordinal);
        return decisions.SelectMany(d =>
            {
                var name = typeNames.GetValueOrDefault(d.TypeCode, d.TypeCode);
                return d.History.Select((h, index) => new TimelineItem(
                        "Decision", h.Step.ToString(), $"{l["DecisionStep." + h.Step]}: {name}", h.On, null, h.Step == DecisionStep.Deliver ? "" : h.Note,
                        names.GetValueOrDefault(h.ById), null, d.Id, $"decisions/{d.Id}", Rank: index + 1))
                    .Prepend(new TimelineItem("Decision", "Started", l["Timeline.DecisionStarted", name], d.StartedOn, null, "", names.GetValueOrDefault(d.PreparerId), null, d.Id, $"decisions/{d.Id}"));
            })
            .OrderByDescending(i => i.Date).Take(limit).ToList();
    }
}
