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
    HashSet<string>? _settledParts;
    HashSet<BaseEvent>? _settledEvents;
    HashSet<BaseEvent>? _refused;
    int _unreportedRefused;
    string? _refusedReason;

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

    /// <summary>The log events of the batch that still count: all but the oversized events left out of it and the events mParticle refused.</summary>
    public int RemainingLogEvents => LogEventCount - (_oversized?.Count ?? 0) - (_refused?.Count ?? 0);

    /// <summary>Whether every event that was sent was refused (and there was one): nothing of the batch arrived.</summary>
    public bool EveryEventRefused => _refused is { Count: > 0 } refused && refused.Count + (_oversized?.Count ?? 0) >= EventCount;

    /// <summary>Whether the sink has counted the batch's log events as delivered.</summary>
    public bool DeliveryCounted { get; set; }

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

    /// <summary>
    /// Whether the part of this batch (the batch itself, or a part the packer split from it) with this
    /// <c>source_request_id</c> needs no sending any more: it was accepted, or its refused events were isolated.
    /// </summary>
    public bool IsSettled(Batch part) => _settledParts is { } parts && part.SourceRequestId is { } id && parts.Contains(id);

    /// <summary>Notes that <paramref name="part"/> was accepted, or that each of its events was delivered or refused.</summary>
    public void Settle(Batch part)
    {
        if (part.SourceRequestId is { } id)
            (_settledParts ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(id);
    }

    /// <summary>Whether the event arrived in a half accepted while isolating refused events, or was refused.</summary>
    public bool IsSettled(BaseEvent mpEvent) => _settledEvents is { } settled && settled.Contains(mpEvent);

    /// <summary>Notes that these events arrived, in a half accepted while isolating refused events.</summary>
    public void Settle(IEnumerable<BaseEvent> delivered)
    {
        _settledEvents ??= [];
        foreach (var mpEvent in delivered)
            _settledEvents.Add(mpEvent);
    }

    /// <summary>Records that mParticle refuses <paramref name="mpEvent"/> even alone: it is dropped, and the rest of the batch is not.</summary>
    public void Refuse(BaseEvent mpEvent, string reason)
    {
        (_settledEvents ??= []).Add(mpEvent);
        LastRefusal = reason;
        if ((_refused ??= []).Add(mpEvent))
        {
            _unreportedRefused++;
            _refusedReason = reason;
        }
    }

    /// <summary>mParticle's message for the last event it refused.</summary>
    public string? LastRefusal { get; private set; }

    /// <summary>Takes the refused events recorded since the last call, so each is counted and reported once.</summary>
    public (int Count, string? Reason) TakeRefused()
    {
        var taken = (_unreportedRefused, _refusedReason);
        _unreportedRefused = 0;
        _refusedReason = null;
        return taken;
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
