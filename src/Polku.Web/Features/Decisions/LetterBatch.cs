using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using UglyToad.PdfPig.Writer;

namespace Polku.Web.Features.Decisions;

public sealed record LetterRow(Guid DispatchId, Guid DecisionId, Guid ClientId, string ClientName, string TypeCode, DateTimeOffset OrderedAt);

public sealed record PostedBatch(DateOnly PostedOn, int Count);

/// <summary>
/// The organisation's print batch of decision letters: the letters waiting are posted together, which delivers their
/// decisions from that day (deemed received on the 7th day), and the day's batch prints as one PDF.
/// </summary>
public sealed class LetterBatch(PolkuDbContext db, ClientAccess access, DecisionHandlers decisions, DecisionDocuments documents, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public const int BatchLimit = 200;

    /// <summary>Letters waiting for the batch, of clients the user may prepare decisions for.</summary>
    public async Task<IReadOnlyList<LetterRow>> WaitingAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var rows = await Query(user, DispatchStatus.AwaitingPrint).OrderBy(x => x.OrderedAt).Take(BatchLimit)
            .Select(x => new LetterRow(x.DispatchId, x.DecisionId, x.ClientId, x.ClientName, x.TypeCode, x.OrderedAt)).ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            audit.Read(rows.Select(r => r.ClientId).Distinct());
        }

        return rows;
    }

    /// <summary>Posts the waiting letters today: each dispatch is sent and its decision delivered by letter from today.</summary>
    public async Task<PostedBatch> PostAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var ids = (await WaitingAsync(user, cancellationToken)).Select(r => r.DispatchId).ToList();
        var dispatches = await db.DecisionDispatches.Where(x => ids.Contains(x.Id)).ToListAsync(cancellationToken);
        var decisionIds = dispatches.Select(x => x.DecisionId).ToList();
        var byId = await db.Decisions.Where(d => decisionIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var today = clock.Today;
        // A decision annulled since its letter was ordered is not posted (its dispatch is closed by the annulment).
        foreach (var dispatch in dispatches.Where(x => byId[x.DecisionId].Status == DecisionStatus.Signed))
        {
            var decision = byId[dispatch.DecisionId];
            dispatch.Sent(today, clock.Now, "Posted");
            decision.Delivered(AppealDates.For(DeliveryMethod.Letter, today), dispatch.OrderedById);
            audit.Stage(Actions.DecisionWrite, decision.ClientId);
        }

        // Posting twice at once: the second finds the dispatches changed and posts nothing.
        return await db.TrySaveAsync(cancellationToken) ? new PostedBatch(today, dispatches.Count(x => x.Status == DispatchStatus.Sent)) : new PostedBatch(today, 0);
    }

    /// <summary>The letters posted on the day as one PDF, each decision in its own language; null when none.</summary>
    public async Task<byte[]?> PdfAsync(CurrentUser user, DateOnly postedOn, CancellationToken cancellationToken)
    {
        var rows = await Query(user, DispatchStatus.Sent).Where(x => x.SentOn == postedOn)
            .OrderBy(x => x.ClientName).ThenBy(x => x.DecisionId).Select(x => x.DecisionId).Take(BatchLimit).ToListAsync(cancellationToken);
        var files = new List<byte[]>();
        foreach (var decisionId in rows)
        {
            if ((await decisions.GetAsync(user, decisionId, cancellationToken)).Value is { } view)
            {
                files.Add(DecisionPdf.Render(await documents.OfAsync(user, view, cancellationToken), l, clock.Now));
            }
        }

        return files.Count == 0 ? null : PdfMerger.Merge(files);
    }

    private sealed class Letter
    {
        public Guid DispatchId { get; init; }

        public Guid DecisionId { get; init; }

        public Guid ClientId { get; init; }

        public required string ClientName { get; init; }

        public required string TypeCode { get; init; }

        public DateTimeOffset OrderedAt { get; init; }

        public DateOnly? SentOn { get; init; }
    }

    private IQueryable<Letter> Query(CurrentUser user, DispatchStatus status)
    {
        var organisationId = user.OrganisationId;
        return from x in db.DecisionDispatches.AsNoTracking()
               join d in db.Decisions on x.DecisionId equals d.Id
               join c in access.Clients(user, Actions.DecisionWrite) on d.ClientId equals c.Id
               where x.OrganisationId == organisationId && x.Method == DeliveryMethod.Letter && x.Status == status
               select new Letter
               {
                   DispatchId = x.Id, DecisionId = d.Id, ClientId = c.Id, ClientName = c.LastName + " " + c.FirstNames, TypeCode = d.TypeCode,
                   OrderedAt = x.CreatedAt, SentOn = x.SentOn,
               };
    }
}
