using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Decisions;

/// <summary>
/// Delivering a signed decision. The order is written to the outbox with the decision's version, so a decision is
/// delivered once and an order is never lost; its channel then takes it, and a letter waits for the print batch.
/// </summary>
public sealed partial class DeliveryHandlers(
    PolkuDbContext db, DecisionHandlers decisions, IEnumerable<IDeliveryChannel> channels, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public async Task<Result<DecisionView>> DeliverAsync(CurrentUser user, Guid id, DeliveryInput input, CancellationToken cancellationToken)
    {
        var (refusal, decision, permitted) = await decisions.TrackedAsync(user, Actions.DecisionWrite, id, cancellationToken);
        if (decision is null)
        {
            return refusal!;
        }

        if (input.Method is not { } method)
        {
            return Result<DecisionView>.Invalid("method", l["Validation.Required"]);
        }

        var channel = channels.FirstOrDefault(c => c.Method == method);
        if (channel is null)
        {
            return Result<DecisionView>.Conflict(l["Decisions.NoChannel", l["DeliveryMethod." + method]]);
        }

        if (decision.Status == DecisionStatus.Delivered || await db.DecisionDispatches.AnyAsync(
                x => x.DecisionId == id && (x.Status == DispatchStatus.Queued || x.Status == DispatchStatus.AwaitingPrint), cancellationToken))
        {
            return Result<DecisionView>.Conflict(l["Decisions.AlreadyDelivered"]);
        }

        var outcome = decision.Check(DecisionStep.Deliver, user.Id, user.Roles, await decisions.SpecialSupportAsync(decision.ClientId, cancellationToken));
        if (outcome is StepOutcome.Refused refused)
        {
            return refused.Reason == StepRefusal.WrongState
                ? Result<DecisionView>.Conflict(l["Decisions.WrongState", l["DecisionStatus." + decision.Status]])
                : decisions.NotPermitted(refused);
        }

        // The decision's version moves with the order, so of two people delivering at once one is refused.
        db.ExpectVersion(decision, input.Version);
        var dispatch = DecisionDispatch.Order(decision, method, user.Id, clock.Now);
        db.DecisionDispatches.Add(dispatch);
        audit.Stage(Actions.DecisionWrite, decision.ClientId);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<DecisionView>.Conflict(l["Decisions.ChangedMeanwhile"]);
        }

        await SendAsync(channel, dispatch, decision, cancellationToken);
        return await decisions.GetAsync(user, id, cancellationToken);
    }

    /// <summary>
    /// Hands queued dispatches to their channels: after an order at once, and again for any left queued when the
    /// process stopped between the order and the channel.
    /// </summary>
    public async Task<int> SendQueuedAsync(CancellationToken cancellationToken)
    {
        // An order younger than a minute is still being sent by its own request.
        var before = clock.Now.AddMinutes(-1);
        var queued = await db.DecisionDispatches.Where(x => x.Status == DispatchStatus.Queued && x.CreatedAt < before)
            .OrderBy(x => x.CreatedAt).Take(100).ToListAsync(cancellationToken);
        foreach (var dispatch in queued)
        {
            var decision = await db.Decisions.SingleAsync(d => d.Id == dispatch.DecisionId, cancellationToken);
            if (channels.FirstOrDefault(c => c.Method == dispatch.Method) is { } channel)
            {
                await SendAsync(channel, dispatch, decision, cancellationToken);
            }
        }

        return queued.Count;
    }

    private async Task SendAsync(IDeliveryChannel channel, DecisionDispatch dispatch, Decision decision, CancellationToken cancellationToken)
    {
        var receipt = await channel.SendAsync(dispatch, cancellationToken);
        var now = clock.Now;
        switch (receipt)
        {
            case ChannelReceipt.AwaitingPrint:
                dispatch.AwaitPrint(now);
                break;
            case ChannelReceipt.Sent sent:
                dispatch.Sent(sent.SentOn, now, sent.Detail);
                decision.Delivered(AppealDates.For(dispatch.Method, sent.SentOn), dispatch.OrderedById);
                break;
            case ChannelReceipt.Failed failed:
                dispatch.Fail(now, failed.Reason);
                break;
        }

        // Of two senders of one dispatch (the request and the worker) the second finds it changed and leaves it.
        await db.TrySaveAsync(cancellationToken);
    }
}

/// <summary>Sends what is left in the outbox every minute (an order whose process stopped before its channel took it).</summary>
public sealed class DeliveryOutboxWorker(IServiceScopeFactory scopes, ILogger<DeliveryOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DeliveryHandlers>().SendQueuedAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Queued decision deliveries could not be sent; trying again in a minute.");
            }
        }
    }
}
