using System;
using System.Threading;

namespace Mparticle.Testing.Faults;

/// <summary>
/// Counts batches per one-second window, lock-free (window and count packed into one <see cref="long"/> updated
/// by compare-and-swap): when a limit is set, for 429s and <c>X-mp-rate-limit-percentage-used</c>. mParticle's limit
/// counts batches, not requests (spec §4). Without a limit no usage is reported: a share of a limit that is not
/// enforced would make a pacing client (such as the Serilog sink) slow down for nothing, capping every test and
/// benchmark at mParticle's default rate.
/// </summary>
internal sealed class BatchRateMeter
{
    private readonly TimeProvider _time;
    private readonly long _origin;
    private long _state;
    private int _limit;

    public BatchRateMeter(TimeProvider time, int? limit)
    {
        _time = time;
        _origin = time.GetTimestamp();
        _limit = limit ?? 0;
    }

    /// <summary>Batches per second, or null when not enforced.</summary>
    public int? Limit
    {
        get => Volatile.Read(ref _limit) is var limit && limit > 0 ? limit : null;
        set => Volatile.Write(ref _limit, value ?? 0);
    }

    /// <summary>
    /// Admits <paramref name="batches"/> into the current window unless that would pass the limit. The first request
    /// of a window is always admitted, so a request larger than the whole limit is slowed, not refused forever.
    /// </summary>
    /// <param name="batches">Batches in the request.</param>
    /// <param name="percentUsed">After admission: the window's usage of the limit, 0 to 100; null when no limit is set.</param>
    /// <param name="retryAfter">When refused: the time until the next window.</param>
    /// <returns>True when admitted.</returns>
    public bool TryAdmit(int batches, out int? percentUsed, out TimeSpan retryAfter)
    {
        var elapsed = _time.GetElapsedTime(_origin);
        var window = elapsed.Ticks / TimeSpan.TicksPerSecond;
        var limit = Volatile.Read(ref _limit);
        while (true)
        {
            var state = Volatile.Read(ref _state);
            var stateWindow = state >>> 32;
            var current = Math.Max(window, stateWindow);
            var count = stateWindow == current ? (int)(state & 0xFFFF_FFFF) : 0;
            if (limit > 0 && count > 0 && count + batches > limit)
            {
                percentUsed = 100;
                retryAfter = TimeSpan.FromTicks(((current + 1) * TimeSpan.TicksPerSecond) - elapsed.Ticks);
                return false;
            }

            var updated = (current << 32) | (uint)(count + batches);
            if (Interlocked.CompareExchange(ref _state, updated, state) == state)
            {
                percentUsed = limit > 0 ? (int)Math.Min(100, (count + batches) * 100L / limit) : null;
                retryAfter = TimeSpan.Zero;
                return true;
            }
        }
    }
}
