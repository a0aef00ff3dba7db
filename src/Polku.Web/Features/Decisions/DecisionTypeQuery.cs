using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Decisions;

/// <summary>The decision types an organisation decides on: its own and the national ones it has not replaced.</summary>
public sealed class DecisionTypeQuery(PolkuDbContext db, ReferenceCache cache)
{
    /// <summary>
    /// Every type, for showing and choosing; kept in memory, as only an administrator's edit changes them. Deciding on
    /// a type reads it afresh (<see cref="FindAsync"/>).
    /// </summary>
    public Task<IReadOnlyList<DecisionType>> AllAsync(Guid organisationId, CancellationToken cancellationToken) =>
        cache.GetAsync(("decision-types", organisationId), async () =>
        {
            var national = ConfiguredDecisionType.National;
            var rows = await db.DecisionTypes.AsNoTracking()
                .Where(t => t.OrganisationId == national || t.OrganisationId == organisationId).ToListAsync(cancellationToken);
            return (IReadOnlyList<DecisionType>)ConfiguredDecisionType.Effective(rows, organisationId).Select(t => t.ToType()).ToList();
        });

    public async Task<DecisionType?> FindAsync(Guid organisationId, string code, CancellationToken cancellationToken)
    {
        var national = ConfiguredDecisionType.National;
        var rows = await db.DecisionTypes.AsNoTracking()
            .Where(t => t.Code == code && (t.OrganisationId == national || t.OrganisationId == organisationId)).ToListAsync(cancellationToken);
        return ConfiguredDecisionType.Effective(rows, organisationId).SingleOrDefault()?.ToType();
    }

    /// <summary>The type as the API lists it, with each provision's citation in <paramref name="language"/>.</summary>
    public static DecisionTypeView View(DecisionType type, string language) => new(
        type.Code, type.Name.In(language),
        type.LegalBases.Select(LegalBases.Find).OfType<LegalBasis>().Select(b => new LegalBasisView(b.Code, b.Cite(language), b.InForceFrom, b.InForceUntil)).ToList(),
        type.DefaultTermMonths, type.MayBeGrantedWithoutTerm, type.IsSocialRehabilitation);
}
