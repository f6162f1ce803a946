using System.Collections.Concurrent;
using System.Threading;

namespace Mparticle.Testing.Recording;

/// <summary>
/// Remembers each <c>source_request_id</c> per API key, as mParticle does (spec §4), so a repeated batch is acknowledged
/// but not recorded twice. mParticle remembers ids for 30 to 60 days; a receiver that runs a long benchmark cannot, so
/// it keeps the newest <see cref="Capacity"/> ids and forgets the oldest first. A client retries within minutes, so
/// the newest ids are the ones that matter. Lock-free.
/// </summary>
/// <remarks>
/// Under concurrent requests the count may pass the capacity by the number of requests adding at that moment, for
/// as long as they take to evict; the order of eviction is the order in which ids were first seen, give or take the
/// same overlap.
/// </remarks>
internal sealed class DuplicateFilter
{
    private readonly ConcurrentDictionary<(string ApiKey, string SourceRequestId), byte> _seen = new();
    private readonly ConcurrentQueue<(string ApiKey, string SourceRequestId)> _age = new();
    private int _count;
    private long _forgotten;

    public DuplicateFilter(int capacity) => Capacity = capacity;

    /// <summary>How many ids are remembered at most; 0 remembers none (nothing is ever a duplicate).</summary>
    public int Capacity { get; }

    /// <summary>The ids remembered now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The ids forgotten to stay within <see cref="Capacity"/>, since start.</summary>
    public long Forgotten => Interlocked.Read(ref _forgotten);

    /// <summary>True the first time an id is seen for a key (or seen again after it was forgotten); batches without an id are never duplicates.</summary>
    public bool IsFirst(string apiKey, string? sourceRequestId)
    {
        if (string.IsNullOrEmpty(sourceRequestId) || Capacity == 0)
        {
            return true;
        }

        var key = (apiKey, sourceRequestId);
        if (!_seen.TryAdd(key, 0))
        {
            return false;
        }

        _age.Enqueue(key);
        if (Interlocked.Increment(ref _count) > Capacity && _age.TryDequeue(out var oldest))
        {
            _seen.TryRemove(oldest, out _);
            Interlocked.Decrement(ref _count);
            Interlocked.Increment(ref _forgotten);
        }

        return true;
    }
}
