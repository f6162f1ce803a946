using System.Collections.Generic;
using Mparticle;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// An mParticle batch whose content and ids are fixed: its <c>source_request_id</c> and its events'
/// <c>source_message_id</c>s were assigned once, when it was sealed, and it is sent unchanged until it is
/// delivered or rejected. This is what makes retries safe: mParticle de-duplicates on
/// <c>source_request_id</c>, and a batch that may already have arrived is never re-composed.
/// </summary>
sealed class SealedBatch
{
    readonly HashSet<BaseEvent> _oversized = [];
    int _unreportedOversized;
    string? _oversizedReason;

    public SealedBatch(Batch batch)
    {
        Batch = batch;
    }

    public Batch Batch { get; }

    public string SourceRequestId => Batch.SourceRequestId ?? "";

    public int EventCount => Batch.Events.Count;

    public SealedBatchState State { get; set; }

    /// <summary>Why the batch was rejected (mParticle's error message), until it is reported.</summary>
    public string? RejectionReason { get; set; }

    /// <summary>Rejects the whole batch for good.</summary>
    public void Reject(string reason)
    {
        State = SealedBatchState.Rejected;
        RejectionReason = reason;
    }

    /// <summary>
    /// Records that packing left out <paramref name="mpEvent"/>, too large to send even alone (or, when
    /// <c>null</c>, the whole batch: its user data alone is too large). Each event is recorded once, however
    /// often the batch is packed again.
    /// </summary>
    public void RecordOversized(BaseEvent? mpEvent, string reason)
    {
        if (mpEvent is null)
        {
            Reject(reason);
            return;
        }

        if (_oversized.Add(mpEvent))
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
