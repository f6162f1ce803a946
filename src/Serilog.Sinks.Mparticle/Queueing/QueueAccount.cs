using System.Threading;

namespace Serilog.Sinks.Mparticle.Queueing;

/// <summary>
/// Counts the log events between the logging call and the sink's background loop (Serilog's queue, and the periodic
/// batch it is filling), and enforces <c>QueueLimit</c> on them exactly: Serilog's own bounded queue discards silently,
/// so the sink does the bounding, and the counting, itself. Serilog's queue gets the same limit only for its leaner
/// bounded implementation; it holds a subset of what is counted here, so it never reaches that limit.
/// </summary>
/// <remarks>Thread-safe and lock-free: <see cref="TryEnter"/> runs on the application's logging threads.</remarks>
sealed class QueueAccount
{
    readonly long _limit;
    long _count;

    /// <param name="limit">The most log events waiting, or <c>null</c> for no limit.</param>
    public QueueAccount(int? limit)
    {
        _limit = limit ?? long.MaxValue;
    }

    /// <summary>The log events waiting now (never negative, even when the sink is driven directly, without the queue).</summary>
    public long Count => System.Math.Max(0, Volatile.Read(ref _count));

    /// <summary>Takes a place in the queue for one log event; <c>false</c> when the queue is full.</summary>
    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _count) <= _limit)
            return true;

        Interlocked.Decrement(ref _count);
        return false;
    }

    /// <summary>Gives back the places of log events the background loop has taken over.</summary>
    public void Leave(int count)
    {
        if (count != 0)
            Interlocked.Add(ref _count, -count);
    }
}
