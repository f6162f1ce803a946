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
    public SealedBatch(Batch batch)
    {
        Batch = batch;
    }

    public Batch Batch { get; }

    public string SourceRequestId => Batch.SourceRequestId ?? "";

    public int EventCount => Batch.Events.Count;

    public SealedBatchState State { get; set; }

    /// <summary>Why the batch was rejected (mParticle's error message), when it was.</summary>
    public string? RejectionReason { get; set; }
}
