using System.Collections.Generic;
using Mparticle;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// An mParticle batch whose content and ids are fixed: its <c>source_request_id</c> and its events'
/// <c>source_message_id</c>s were assigned once, when it was sealed, and it is sent unchanged until it is
/// delivered, rejected or expired. This is what makes retries safe: mParticle de-duplicates on
/// <c>source_request_id</c>, and a batch that may already have arrived is never re-composed.
/// </summary>
sealed class SealedBatch
{
    HashSet<BaseEvent>? _oversized;
    int _unreportedOversized;
    string? _oversizedReason;

    public SealedBatch(Batch batch, int logEventCount)
    {
        Batch = batch;
        LogEventCount = logEventCount;
    }

    public Batch Batch { get; }

    public string SourceRequestId => Batch.SourceRequestId ?? "";

    public int EventCount => Batch.Events.Count;

    /// <summary>The log events sealed into this batch (user updates without an event included): what a drop counts.</summary>
    public int LogEventCount { get; }

    public SealedBatchState State { get; set; }

    /// <summary>Whether the batch was put in a request before: sending it again is a retry.</summary>
    public bool Sent { get; set; }

    /// <summary>When (a <c>TimeProvider</c> timestamp) the batch first failed to be delivered; the retry time limit counts from here.</summary>
    public long? FirstFailureTimestamp { get; set; }

    /// <summary>Why the batch was rejected (mParticle's error message, or the size), until it is reported.</summary>
    public string? RejectionReason { get; set; }

    /// <summary>Whether the rejection is the batch's own size (its user data alone is over the batch limit), not mParticle's answer.</summary>
    public bool RejectedAsTooLarge { get; private set; }

    /// <summary>The log events of the batch that still count: all but the oversized events left out of it.</summary>
    public int RemainingLogEvents => LogEventCount - (_oversized?.Count ?? 0);

    /// <summary>The log events of the batch still to be delivered: none once it is delivered, rejected or expired.</summary>
    public int UndeliveredLogEvents => State == SealedBatchState.Pending ? RemainingLogEvents : 0;

    /// <summary>Rejects the whole batch for good.</summary>
    public void Reject(string reason, bool tooLarge = false)
    {
        State = SealedBatchState.Rejected;
        RejectionReason = reason;
        RejectedAsTooLarge = tooLarge;
    }

    /// <summary>
    /// Records that packing left out <paramref name="mpEvent"/>, too large to send even alone. Each event is
    /// recorded once, however often the batch is packed again.
    /// </summary>
    public void RecordOversized(BaseEvent mpEvent, string reason)
    {
        if ((_oversized ??= []).Add(mpEvent))
        {
            _unreportedOversized++;
            _oversizedReason = reason;
        }
    }

    /// <summary>Takes the oversized events recorded since the last call, so each is reported once.</summary>
    public (int Count, string? Reason) TakeOversized()
    {
        var taken = (_unreportedOversized, _oversizedReason);
        _unreportedOversized = 0;
        _oversizedReason = null;
        return taken;
    }
}
