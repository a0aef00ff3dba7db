using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Decisions;

/// <summary>The decision types an organisation decides on: its own and the national ones it has not replaced.</summary>
public sealed class DecisionTypeQuery(PolkuDbContext db)
{
    // The types change only by an administrator's edit; within one request (the client page's section and timeline)
    // one read serves every caller.
    private readonly ReadOnce<Guid, IReadOnlyList<DecisionType>> all = new();

    public Task<IReadOnlyList<DecisionType>> AllAsync(Guid organisationId, CancellationToken cancellationToken) =>
        all.GetAsync(organisationId, async () =>
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
