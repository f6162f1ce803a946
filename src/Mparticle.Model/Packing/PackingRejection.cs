using System.Globalization;

namespace Mparticle;

/// <summary>
/// Something <see cref="BatchPacker"/> could not put into any compliant request: a single event that, even alone
/// with its user's data, makes a batch over <see cref="PackingLimits.MaxBatchBytes"/>; or a batch whose user data
/// alone (identities, attributes, device, consent) is over that limit. Nothing is dropped silently: the caller
/// decides whether to log, count or trim it.
/// </summary>
public sealed class PackingRejection
{
    internal PackingRejection(Batch batch, int batchIndex, BaseEvent? @event, long sizeBytes, int maxBatchBytes)
    {
        Batch = batch;
        BatchIndex = batchIndex;
        Event = @event;
        SizeBytes = sizeBytes;
        MaxBatchBytes = maxBatchBytes;
    }

    /// <summary>The caller's batch the rejected data came from.</summary>
    public Batch Batch { get; }

    /// <summary>The 0-based index of that batch in the packed sequence.</summary>
    public int BatchIndex { get; }

    /// <summary>The rejected event, or <see langword="null"/> when the batch's user data alone is too large (then none of its events was sent).</summary>
    public BaseEvent? Event { get; }

    /// <summary>The size in UTF-8 bytes of the smallest batch that would hold it: the event alone with its user's data, or the user data alone.</summary>
    public long SizeBytes { get; }

    /// <summary>The batch limit it breaks, in bytes.</summary>
    public int MaxBatchBytes { get; }

    /// <summary>Describes the rejection: which batch, which event, the size and the limit.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        Event is null
            ? "Batch {0} (source_request_id {1}): its user data alone makes a {3:N0}-byte batch, over the limit of {4:N0} bytes; none of its events was packed."
            : "Batch {0} (source_request_id {1}): event {2} makes a {3:N0}-byte batch even alone, over the limit of {4:N0} bytes; it was not packed.",
        BatchIndex,
        Batch.SourceRequestId,
        Event?.SourceMessageId,
        SizeBytes,
        MaxBatchBytes);
}
