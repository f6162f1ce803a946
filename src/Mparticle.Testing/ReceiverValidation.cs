namespace Mparticle.Testing;

/// <summary>How strictly the receiver validates batches.</summary>
public enum ReceiverValidation
{
    /// <summary>
    /// Every problem is answered 400 naming the place: malformed JSON, wrong field types, unknown enum values, an event
    /// without <c>event_type</c> or <c>data</c>, unknown fields, a body that is not plain JSON. Best for testing a client.
    /// </summary>
    Strict,

    /// <summary>
    /// Like mParticle: malformed JSON, a missing <c>event_type</c> and the size and count limits are answered 400, but an
    /// invalid batch in an otherwise readable request is acknowledged (202), counted as invalid and not recorded, and
    /// unknown fields are ignored.
    /// </summary>
    Lenient,
}
