using System.Collections.Generic;

namespace Mparticle.Testing;

/// <summary>
/// Exact counts since the receiver started, whatever the retention caps: a snapshot taken when
/// <see cref="MparticleReceiver.Statistics"/> is read.
/// </summary>
public sealed class ReceiverStatistics
{
    internal ReceiverStatistics()
    {
    }

    /// <summary>Requests answered (or dropped on purpose), whatever their status.</summary>
    public long RequestCount { get; internal init; }

    /// <summary>Requests answered 202.</summary>
    public long AcceptedRequestCount { get; internal init; }

    /// <summary>Request body bytes read.</summary>
    public long ByteCount { get; internal init; }

    /// <summary>Batches accepted and recorded.</summary>
    public long BatchCount { get; internal init; }

    /// <summary>Events in the accepted batches.</summary>
    public long EventCount { get; internal init; }

    /// <summary>Batches acknowledged as duplicates of an earlier <c>source_request_id</c> for the same API key.</summary>
    public long DuplicateCount { get; internal init; }

    /// <summary>
    /// <c>source_request_id</c>s forgotten, oldest first, to keep at most
    /// <see cref="MparticleReceiverOptions.MaxRememberedRequestIds"/>: a batch repeating one of them is recorded again.
    /// </summary>
    public long ForgottenRequestIdCount { get; internal init; }

    /// <summary>Batches skipped by <c>/v2/bulkevents/historical</c> (spec §6).</summary>
    public long SkippedBatchCount { get; internal init; }

    /// <summary>Batches that failed validation in lenient mode.</summary>
    public long InvalidBatchCount { get; internal init; }

    /// <summary>Requests per status answered (0 for dropped connections).</summary>
    public IReadOnlyDictionary<int, long> RequestCountsByStatus { get; internal init; } = new Dictionary<int, long>();

    /// <summary>Accepted events per event type.</summary>
    public IReadOnlyDictionary<EventType, long> EventCountsByType { get; internal init; } = new Dictionary<EventType, long>();

    /// <summary>
    /// Accepted events per user, keyed by the user's first identity among <c>customer_id</c>, <c>email</c>, the other
    /// user identities, <c>mpid</c> and <c>mp_deviceid</c>. A user with batches but no events counts 0; batches with
    /// no identity are not counted here.
    /// </summary>
    public IReadOnlyDictionary<string, long> EventCountsByUser { get; internal init; } = new Dictionary<string, long>();
}
