using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Features.Paths;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Services;

public enum QueueStep
{
    Offer,
    Start,
    Withdraw,
}

/// <summary>
/// Waiting lists: a client joins a service's queue (checked against the client through <see cref="ClientAccess"/>),
/// is offered a place, starts or withdraws. Starting takes a free place, starts the client's open referral to the
/// service and moves the client on their paths, all saved together with the audit event.
/// </summary>
public sealed class QueueHandlers(
    PolkuDbContext db, ClientAccess access, ServiceHandlers services, PathRecorder paths, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    /// <summary>What a client is called where the user may not read the client's services.</summary>
    public const string Hidden = "—";

    public async Task<Result<QueueEntryRow>> JoinAsync(CurrentUser user, Guid serviceId, JoinQueueInput input, CancellationToken cancellationToken)
    {
        var service = await services.Visible(user).SingleOrDefaultAsync(s => s.Id == serviceId && s.OrganisationId == user.OrganisationId, cancellationToken);
        if (service is null)
        {
            return Result<QueueEntryRow>.NotFound();
        }

        if (input.ClientId is not { } clientId)
        {
            return Result<QueueEntryRow>.Invalid("clientId", l["Validation.Required"]);
        }

        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<QueueEntryRow>.Refused(check);
        }

        var today = clock.Today;
        var birthDate = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.BirthDate).SingleAsync(cancellationToken);
        var age = ServiceRules.AgeOn(birthDate, today);
        var alreadyWaiting = await db.QueueEntries.AnyAsync(
            q => q.ClientId == clientId && q.ServiceId == serviceId && (q.Status == QueueStatus.Waiting || q.Status == QueueStatus.Offered), cancellationToken);
        var problems = QueueRules.CheckJoin(age, service.MinAge, service.MaxAge, alreadyWaiting);
        var name = service.Name.In(UiLanguage.Current);
        if (problems.FirstOrDefault(p => p.Kind == QueueProblemKind.OutsideAgeRange) is { } outside)
        {
            return Result<QueueEntryRow>.Invalid("clientId", l["Queues.OutsideAgeRange", name, AgeRange(outside.MinAge, outside.MaxAge), Format.Number(age)]);
        }

        if (problems.Count > 0)
        {
            return Result<QueueEntryRow>.Conflict(l["Queues.AlreadyInQueue", name]);
        }

        if (input.DecisionId is { } decisionId && !await db.Decisions.AnyAsync(d => d.Id == decisionId && d.ClientId == clientId, cancellationToken))
        {
            return Result<QueueEntryRow>.Invalid("decisionId", l["Queues.DecisionNotClients"]);
        }

        var entry = QueueEntry.Join(clientId, serviceId, today, input.Urgent, service.OrganisationId, input.DecisionId, user.Id);
        db.QueueEntries.Add(entry);
        audit.Stage(Actions.ClientServiceArrange, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<QueueEntryRow>.Created(await RowAsync(user, entry.Id, cancellationToken));
    }

    /// <summary>The service's queue in turn, with its waiting figures; clients named only where the user may read their services.</summary>
    public async Task<Result<QueueView>> QueueAsync(CurrentUser user, Guid serviceId, CancellationToken cancellationToken)
    {
        var service = await services.Visible(user).SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null)
        {
            return Result<QueueView>.NotFound();
        }

        var today = clock.Today;
        var entries = await db.QueueEntries.AsNoTracking().Where(q => q.ServiceId == serviceId).ToListAsync(cancellationToken);
        var ordered = QueueRules.Order(entries);
        var names = await NamesAsync(user, ordered.Select(e => e.ClientId).ToList(), cancellationToken);
        var taken = (await services.InServiceAsync([serviceId], cancellationToken)).GetValueOrDefault(serviceId);
        var rows = ordered.Select((e, index) => Row(e, index + 1, names, today)).ToList();
        return Result<QueueView>.Ok(new QueueView(
            serviceId, service.Name, service.Capacity, taken, ServiceHandlers.Free(service.Capacity, taken), QueueRules.Statistics(entries, today, today.AddDays(-365)), rows));
    }

    public async Task<Result<QueueEntryRow>> StepAsync(CurrentUser user, Guid entryId, QueueStep step, QueueStepInput input, CancellationToken cancellationToken)
    {
        var (refusal, entry, service) = await TrackedAsync(user, entryId, cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        if (!entry.IsWaiting)
        {
            return Result<QueueEntryRow>.Conflict(l["Queues.NotWaiting", l["QueueStatus." + entry.Status]]);
        }

        var today = clock.Today;
        if (input.Version is { } version)
        {
            db.ExpectVersion(entry, version);
        }

        switch (step)
        {
            case QueueStep.Offer:
                entry.Offer(today);
                break;
            case QueueStep.Withdraw:
                entry.Withdraw(today);
                break;
            default:
                var referral = await db.ProviderReferrals
                    .Where(r => r.ClientId == entry.ClientId && r.ServiceId == entry.ServiceId
                        && (r.Status == ProviderReferralStatus.Sent || r.Status == ProviderReferralStatus.Accepted))
                    .OrderByDescending(r => r.SentOn).FirstOrDefaultAsync(cancellationToken);
                // A client whose referral the provider has accepted already holds a place; anyone else needs a free one.
                if (service!.Capacity is { } capacity && referral?.Status != ProviderReferralStatus.Accepted)
                {
                    var taken = (await services.InServiceAsync([service.Id], cancellationToken)).GetValueOrDefault(service.Id);
                    if (taken >= capacity)
                    {
                        db.ChangeTracker.Clear();
                        return Result<QueueEntryRow>.Conflict(l["Queues.Full", service.Name.In(UiLanguage.Current), Format.Number(taken), Format.Number(capacity)]);
                    }
                }

                entry.Start(today);
                referral?.Start(user.Id, today);
                await paths.RecordStartAsync(service.OrganisationId, entry.ClientId, service.Id, today, cancellationToken);
                break;
        }

        audit.Stage(Actions.ClientServiceArrange, entry.ClientId);
        return await SaveAsync(user, entry, cancellationToken);
    }

    public async Task<Result<QueueEntryRow>> MarkUrgentAsync(CurrentUser user, Guid entryId, UrgentInput input, CancellationToken cancellationToken)
    {
        var (refusal, entry, _) = await TrackedAsync(user, entryId, cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        if (!entry.IsWaiting)
        {
            return Result<QueueEntryRow>.Conflict(l["Queues.NotWaiting", l["QueueStatus." + entry.Status]]);
        }

        if (input.Version is { } version)
        {
            db.ExpectVersion(entry, version);
        }

        entry.Urgent = input.Urgent;
        audit.Stage(Actions.ClientServiceArrange, entry.ClientId);
        return await SaveAsync(user, entry, cancellationToken);
    }

    /// <summary>"18–29", "at least 25" or "at most 24", as the refusal names the range.</summary>
    public string AgeRange(int? min, int? max) => (min, max) switch
    {
        ({ } from, { } to) => $"{Format.Number(from)}–{Format.Number(to)}",
        ({ } from, null) => l["Queues.AgeFrom", Format.Number(from)],
        (null, { } to) => l["Queues.AgeUpTo", Format.Number(to)],
        _ => "",
    };

    private async Task<Result<QueueEntryRow>> SaveAsync(CurrentUser user, QueueEntry entry, CancellationToken cancellationToken)
    {
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<QueueEntryRow>.Conflict(l["Problem.Conflict"]);
        }

        return Result<QueueEntryRow>.Ok(await RowAsync(user, entry.Id, cancellationToken));
    }

    /// <summary>The entry, tracked, with its service, once the user may arrange the client's services; else the refusal.</summary>
    private async Task<(Result<QueueEntryRow>? Refusal, QueueEntry? Entry, Service? Service)> TrackedAsync(CurrentUser user, Guid entryId, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        var entry = await db.QueueEntries.SingleOrDefaultAsync(q => q.Id == entryId && q.OrganisationId == organisationId, cancellationToken);
        if (entry is null)
        {
            return (Result<QueueEntryRow>.NotFound(), null, null);
        }

        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, entry.ClientId, cancellationToken);
        if (!check.Allowed)
        {
            return (Result<QueueEntryRow>.Refused(check), null, null);
        }

        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == entry.ServiceId, cancellationToken);
        return (null, entry, service);
    }

    private async Task<QueueEntryRow> RowAsync(CurrentUser user, Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.QueueEntries.AsNoTracking().SingleAsync(q => q.Id == entryId, cancellationToken);
        var queue = await db.QueueEntries.AsNoTracking()
            .Where(q => q.ServiceId == entry.ServiceId && (q.Status == QueueStatus.Waiting || q.Status == QueueStatus.Offered))
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(user, [entry.ClientId], cancellationToken);
        return Row(entry, QueueRules.PlaceOf(queue, entry.Id), names, clock.Today);
    }

    /// <summary>The names of the clients whose services the user may read; the read is audited.</summary>
    private async Task<Dictionary<Guid, string>> NamesAsync(CurrentUser user, IReadOnlyCollection<Guid> clientIds, CancellationToken cancellationToken)
    {
        var ids = clientIds.Distinct().ToList();
        var names = await access.Clients(user, Actions.ClientServiceRead).Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.LastName, c.FirstNames })
            .ToDictionaryAsync(c => c.Id, c => $"{c.LastName} {c.FirstNames}", cancellationToken);
        audit.Read(names.Keys);
        return names;
    }

    private static QueueEntryRow Row(QueueEntry e, int? place, Dictionary<Guid, string> names, DateOnly today)
    {
        var named = names.TryGetValue(e.ClientId, out var name);
        return new QueueEntryRow(
            e.Id, place, named ? e.ClientId : null, named ? name! : Hidden, e.ServiceId, e.JoinedOn, QueueRules.DaysWaited(e, today), e.Urgent, e.Status,
            e.OfferedOn, e.StartedOn, e.WithdrawnOn, named ? e.DecisionId : null, e.Version);
    }
}
