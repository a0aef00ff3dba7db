using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Decisions;

/// <summary>What a channel did with a dispatch handed to it.</summary>
public abstract record ChannelReceipt
{
    private ChannelReceipt()
    {
    }

    /// <summary>A letter waits in the print batch; it is sent when the batch is printed and posted.</summary>
    public sealed record AwaitingPrint : ChannelReceipt;

    public sealed record Sent(DateOnly SentOn, string Detail) : ChannelReceipt;

    public sealed record Failed(string Reason) : ChannelReceipt;
}

/// <summary>
/// A way to deliver a decision. The letter and in-person channels ship; an electronic one (Suomi.fi Messages, say) is
/// plugged in by registering another implementation for <see cref="DeliveryMethod.Electronic"/>.
/// </summary>
public interface IDeliveryChannel
{
    DeliveryMethod Method { get; }

    Task<ChannelReceipt> SendAsync(DecisionDispatch dispatch, CancellationToken cancellationToken);
}

/// <summary>Letters go to the organisation's print batch, printed and posted together (<see cref="DeliveryHandlers.PrintBatchAsync"/>).</summary>
public sealed class LetterChannel : IDeliveryChannel
{
    public DeliveryMethod Method => DeliveryMethod.Letter;

    public Task<ChannelReceipt> SendAsync(DecisionDispatch dispatch, CancellationToken cancellationToken) =>
        Task.FromResult<ChannelReceipt>(new ChannelReceipt.AwaitingPrint());
}

/// <summary>Handed to the client in person, at the moment it is recorded.</summary>
public sealed class InPersonChannel(Clock clock) : IDeliveryChannel
{
    public DeliveryMethod Method => DeliveryMethod.InPerson;

    public Task<ChannelReceipt> SendAsync(DecisionDispatch dispatch, CancellationToken cancellationToken) =>
        Task.FromResult<ChannelReceipt>(new ChannelReceipt.Sent(clock.Today, "HandedOver"));
}
