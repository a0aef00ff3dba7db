namespace Polku.Domain.Access;

/// <summary>
/// How a user stands to a client. Access to client data is granted by service task and by a person's duties
/// (Act 703/2023): each relation is one rule, evaluated in the database for one record or a whole list.
/// </summary>
public enum Relation
{
    /// <summary>The user is the client's responsible worker (SHL § 42).</summary>
    ResponsibleWorker,

    /// <summary>The organisation grants by service task, and the user works in the client's service task.</summary>
    ServiceTask,

    /// <summary>The user works in the client's unit or team, in the client's service task.</summary>
    Team,

    /// <summary>The user handles an open referral of the client.</summary>
    ReferralHandler,

    /// <summary>The user leads the client's unit, or the unit above its team.</summary>
    UnitLead,

    /// <summary>The user opened the record by stating a reason, and that access has not yet expired.</summary>
    StatedReason,

    /// <summary>A decision of the client is on the agenda of the client steering group the user sits in.</summary>
    SteeringGroupAgenda,

    /// <summary>
    /// The user works for a provider that has an open referral or a running payment commitment of the client: the
    /// provider processes the client's data on the arranging organisation's behalf, and only while it serves them.
    /// </summary>
    ProviderReferral,

    /// <summary>The client is in the user's organisation at all: only for finding a person, e.g. for the registrar.</summary>
    Organisation,
}
