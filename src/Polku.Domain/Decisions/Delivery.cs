namespace Polku.Domain.Decisions;

/// <summary>How a decision reaches the client; each way has its own day on which the client is deemed to have received it.</summary>
public enum DeliveryMethod
{
    /// <summary>An ordinary letter (HL 434/2003 § 59): deemed received on the 7th day after posting.</summary>
    Letter,

    /// <summary>Handed over in person: received that day.</summary>
    InPerson,

    /// <summary>An ordinary electronic notification (Act 13/2003 § 19): deemed received on the 3rd day after sending.</summary>
    Electronic,
}
