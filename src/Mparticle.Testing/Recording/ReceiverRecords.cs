using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Mparticle.Testing.Inspection;

namespace Mparticle.Testing.Recording;

/// <summary>
/// What the receiver accepted and answered: exact counters (Interlocked, no locks) and the first records up to the
/// retention caps (lock-free queues).
/// </summary>
internal sealed class ReceiverRecords
{
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly ConcurrentQueue<RecordedBatch> _batches = new();
    private readonly ConcurrentDictionary<string, StrongBox<long>> _eventsByUser = new(StringComparer.Ordinal);
    private readonly long[] _eventsByType = new long[EventTypeNames.All.Length];
    private readonly long[] _requestsByStatus = new long[600];
    private readonly int _maxRequests;
    private readonly int _maxBatches;
    private readonly long _maxBodyBytes;
    private long _retainedBodyBytes;

    // Not _requestCount: this one goes up before the record is queued, that one (which waiters see) after, so a
    // waiter that sees the count finds the request in Requests.
    private int _retainedRequests;
    private long _requestCount;
    private long _byteCount;
    private long _batchCount;
    private long _eventCount;
    private long _duplicateCount;
    private long _skippedCount;
    private long _invalidCount;

    public ReceiverRecords(MparticleReceiverOptions options)
    {
        _maxRequests = options.MaxRetainedRequests;
        _maxBatches = options.MaxRetainedBatches;
        _maxBodyBytes = options.MaxRetainedBodyBytes;
        Duplicates = new DuplicateFilter(options.MaxRememberedRequestIds);
    }

    /// <summary>The <c>source_request_id</c>s remembered for de-duplication.</summary>
    public DuplicateFilter Duplicates { get; }

    public CountWaiters EventWaiters { get; } = new();

    public CountWaiters RequestWaiters { get; } = new();

    public long EventCount => Interlocked.Read(ref _eventCount);

    public long RequestCount => Interlocked.Read(ref _requestCount);

    public IReadOnlyList<ReceivedRequest> Requests => _requests.ToArray();

    public IReadOnlyList<RecordedBatch> Batches => _batches.ToArray();

    /// <summary>Whether a request record about to be made will be retained, and may keep a body of <paramref name="length"/> bytes.</summary>
    public bool TryReserveBody(int length)
    {
        if (Volatile.Read(ref _retainedRequests) >= _maxRequests || length == 0)
        {
            return false;
        }

        if (Interlocked.Add(ref _retainedBodyBytes, length) <= _maxBodyBytes)
        {
            return true;
        }

        Interlocked.Add(ref _retainedBodyBytes, -length);
        return false;
    }

    public void RecordBatch(RecordedBatch batch)
    {
        var scan = batch.Scan;
        foreach (var type in scan.EventTypes)
        {
            Interlocked.Increment(ref _eventsByType[type]);
        }

        if (scan.UserKey is { } user)
        {
            var box = _eventsByUser.GetOrAdd(user, static _ => new StrongBox<long>());
            Interlocked.Add(ref box.Value, scan.EventTypes.Count);
        }

        if (Interlocked.Increment(ref _batchCount) <= _maxBatches)
        {
            _batches.Enqueue(batch);
        }

        EventWaiters.Notify(Interlocked.Add(ref _eventCount, scan.EventTypes.Count));
    }

    public void RecordRequest(ReceivedRequest request)
    {
        Interlocked.Add(ref _byteCount, request.Bytes);
        Interlocked.Add(ref _duplicateCount, request.DuplicateCount);
        Interlocked.Add(ref _skippedCount, request.SkippedBatchCount);
        Interlocked.Add(ref _invalidCount, request.InvalidBatchCount);
        Interlocked.Increment(ref _requestsByStatus[Math.Clamp(request.StatusCode, 0, 599)]);
        if (Interlocked.Increment(ref _retainedRequests) <= _maxRequests)
        {
            _requests.Enqueue(request);
        }

        RequestWaiters.Notify(Interlocked.Increment(ref _requestCount));
    }

    public ReceiverStatistics Snapshot()
    {
        var byStatus = new Dictionary<int, long>();
        for (var status = 0; status < _requestsByStatus.Length; status++)
        {
            if (Interlocked.Read(ref _requestsByStatus[status]) is var count && count > 0)
            {
                byStatus[status] = count;
            }
        }

        var byType = new Dictionary<EventType, long>();
        for (var type = 0; type < _eventsByType.Length; type++)
        {
            if (Interlocked.Read(ref _eventsByType[type]) is var count && count > 0)
            {
                byType[EventTypeNames.Types[type]] = count;
            }
        }

        return new ReceiverStatistics
        {
            RequestCount = RequestCount,
            AcceptedRequestCount = byStatus.GetValueOrDefault(202),
            ByteCount = Interlocked.Read(ref _byteCount),
            BatchCount = Interlocked.Read(ref _batchCount),
            EventCount = EventCount,
            DuplicateCount = Interlocked.Read(ref _duplicateCount),
            ForgottenRequestIdCount = Duplicates.Forgotten,
            SkippedBatchCount = Interlocked.Read(ref _skippedCount),
            InvalidBatchCount = Interlocked.Read(ref _invalidCount),
            RequestCountsByStatus = byStatus,
            EventCountsByType = byType,
            EventCountsByUser = _eventsByUser.ToDictionary(pair => pair.Key, pair => Interlocked.Read(ref pair.Value.Value), StringComparer.Ordinal),
        };
    }
}
