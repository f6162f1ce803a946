namespace Serilog.Sinks.Mparticle.Diagnostics;

/// <summary>
/// What the sink counts. Every drop and every trim has its own counter, so none goes unreported; each one is also
/// published as a <see cref="SinkMetrics"/> instrument.
/// </summary>
/// <remarks>Event counts are log events: one log event becomes at most one mParticle event.</remarks>
enum SinkCounter
{
    /// <summary>Log events handed to the sink by Serilog's batching (counted once, not per retry).</summary>
    LogEventsReceived,

    /// <summary>Log events that became an mParticle event or a user update.</summary>
    LogEventsMapped,

    /// <summary>Log events whose mParticle event (or user update) was accepted by the Events API: those of delivered batches, minus refused events.</summary>
    LogEventsDelivered,

    /// <summary>Log events that are not mParticle events (no marker, no matching rule): not an error.</summary>
    LogEventsIgnored,

    /// <summary>Log events discarded on the logging thread because <c>QueueLimit</c> log events were already waiting.</summary>
    DroppedQueueFull,

    /// <summary>Mapped events dropped because they carry no identity and no fallback identity is configured.</summary>
    DroppedWithoutIdentity,

    /// <summary>Log events dropped because mapping them failed (including an exception in custom mapping).</summary>
    DroppedMappingFailed,

    /// <summary>Log events dropped because mParticle refused them (400, found by bisecting the request down to the events).</summary>
    DroppedRejected,

    /// <summary>Log events whose mParticle event (or whose user's data) is too large for any batch.</summary>
    DroppedTooLarge,

    /// <summary>Log events whose batch was still undelivered when <c>RetryTimeLimit</c> had passed since its first failure.</summary>
    DroppedAfterRetries,

    /// <summary>Log events not delivered when the sink was disposed (still queued, or in undelivered batches).</summary>
    DroppedAtShutdown,

    /// <summary>Event, attribute, user attribute and consent purpose names cut to 256 characters.</summary>
    NamesTrimmed,

    /// <summary>Attribute, user attribute and consent text values cut to 4096 characters (list entries to 512).</summary>
    ValuesTrimmed,

    /// <summary>Custom attributes left out because an event had more than 100.</summary>
    AttributesDropped,

    /// <summary>User attributes left out because a batch had more than 100, or list entries beyond 1000.</summary>
    UserAttributesDropped,

    /// <summary>Values JSON cannot carry as numbers (NaN, infinities) sent as text instead.</summary>
    OddValuesReplaced,

    /// <summary>Attributes whose value could not be read (a throwing <c>ToString()</c>) and were left out.</summary>
    UnreadableValues,

    /// <summary>Unknown <c>MpEventType</c> values, sent as custom events of type <c>other</c>.</summary>
    UnknownEventTypes,

    /// <summary>mParticle batches (or parts of split batches) in the bulk requests the sink sent, resends included.</summary>
    BatchesSent,

    /// <summary>Sealed mParticle batches accepted (202) by the Events API.</summary>
    BatchesDelivered,

    /// <summary>HTTP requests sent to the Events API: every attempt, retries included.</summary>
    RequestsSent,

    /// <summary>HTTP requests that repeated one sent before: the client's retries, and resends of undelivered batches.</summary>
    Retries,

    /// <summary>Request body bytes sent, every attempt included.</summary>
    BytesSent,

    /// <summary>Requests held back because mParticle said (<c>X-mp-rate-limit-percentage-used</c>) its rate limit was nearly used up.</summary>
    SendsPaced,
}
