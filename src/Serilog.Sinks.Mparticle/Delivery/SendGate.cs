using System;
using System.Threading;
using System.Threading.Tasks;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Keeps the sink from sending while mParticle has asked it to wait: after a 429 (or any answer with
/// <c>Retry-After</c>) that outlasted the client's own retries, the gate closes for the <c>Retry-After</c> time, or,
/// without one, for a back-off that doubles with each throttled send (with jitter, so that several processes do not
/// come back in step). The client honours <c>Retry-After</c> within one request; the gate carries it across periodic
/// batches, so the next batch does not hammer mParticle either.
/// </summary>
/// <remarks>
/// <para>
/// The gate also paces sends before a 429 comes: mParticle answers each accepted request with
/// <c>X-mp-rate-limit-percentage-used</c>, the share of its rate limit used (spec §3.3, §4). Below
/// <see cref="PaceFromPercent"/> nothing changes; from it on, the next request waits <see cref="PaceWindow"/>, one
/// second. mParticle's speed limits count batches per second, and the reading does not say where in its second the
/// window is: only a full second surely lets it turn. Any shorter pause (a ramp towards a second as usage nears
/// 100 %) still lets the next request land in the same window, where it passes the limit as soon as it is larger
/// than what is left; the sink's requests vary in size, so that happens. 80 % leaves a fifth of the limit (54 batches
/// at the default 270 per second): a lone sender whose requests each use at most a fifth never passes the limit
/// below it, and above it the pause costs at most the rest of a window in which at most a fifth more could be sent.
/// Pacing never stops a send and never delays shutdown much: once shutdown has begun, a pause of half the time left
/// or more is skipped.
/// </para>
/// <para>Used by the sink's single background loop only; <see cref="LastPercentUsed"/> may be read from any thread.</para>
/// </remarks>
sealed class SendGate
{
    /// <summary>The share of mParticle's rate limit from which sends are paced: 80 %.</summary>
    public const int PaceFromPercent = 80;

    /// <summary>The pause before the next request when the rate limit is used up: 1 second, mParticle's rate window.</summary>
    public static readonly TimeSpan PaceWindow = TimeSpan.FromSeconds(1);

    readonly TimeProvider _time;
    readonly TimeSpan _initialBackoff;
    readonly TimeSpan _maxBackoff;
    readonly ShutdownSignal? _shutdown;
#pragma warning disable CA5394 // Jitter, not security.
    readonly Random _random = new();
#pragma warning restore CA5394
    long? _opensAt;
    long? _pacedUntil;
    int _throttledSends;
    int _lastPercentUsed = -1;

    /// <param name="time">The clock of every wait.</param>
    /// <param name="initialBackoff">The first back-off after a 429 without <c>Retry-After</c>.</param>
    /// <param name="maxBackoff">The longest back-off.</param>
    /// <param name="shutdown">The sink's shutdown, whose remaining time bounds pacing; none in tests that do not shut down.</param>
    public SendGate(TimeProvider time, TimeSpan initialBackoff, TimeSpan maxBackoff, ShutdownSignal? shutdown = null)
    {
        _time = time;
        _initialBackoff = initialBackoff;
        _maxBackoff = maxBackoff;
        _shutdown = shutdown;
    }

    /// <summary>The last <c>X-mp-rate-limit-percentage-used</c> mParticle sent; <c>null</c> before the first.</summary>
    public int? LastPercentUsed => Volatile.Read(ref _lastPercentUsed) is var percent && percent >= 0 ? percent : null;

    /// <summary>How long the next request waits because the rate limit is nearly used up; zero when it need not.</summary>
    public TimeSpan PaceRemaining => Until(_pacedUntil);

    /// <summary>The pause before the next request after mParticle said <paramref name="percentUsed"/> % of its rate limit is used.</summary>
    public static TimeSpan PaceFor(int percentUsed) => percentUsed >= PaceFromPercent ? PaceWindow : TimeSpan.Zero;

    /// <summary>Notes the share of the rate limit an accepted request reported (nothing when it reported none): the next request waits accordingly.</summary>
    public void Pace(int? percentUsed)
    {
        if (percentUsed is not { } percent)
            return;

        Volatile.Write(ref _lastPercentUsed, Math.Max(0, percent));
        var pause = PaceFor(percent);
        // The latest reading wins: usage that went down again lifts an earlier pause.
        _pacedUntil = pause == TimeSpan.Zero ? null : _time.GetTimestamp() + (long)(pause.TotalSeconds * _time.TimestampFrequency);
    }

    /// <summary>
    /// Waits before a request while the rate limit is nearly used up; returns whether it waited. At shutdown a pause
    /// of half the time left or more is skipped: sending then risks a 429 (which the client still honours), while
    /// waiting would risk losing the events.
    /// </summary>
    public async Task<bool> PaceAsync(CancellationToken cancellationToken)
    {
        var wait = PaceRemaining;
        if (wait == TimeSpan.Zero)
            return false;
        if (_shutdown is { HasBegun: true } shutdown && wait.Ticks >= shutdown.Remaining.Ticks / 2)
            return false;

        await TimeProviderWaits.DelayAsync(_time, wait, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>How long until sending is allowed again after a throttled send; zero when it is allowed now.</summary>
    public TimeSpan Remaining => Until(_opensAt);

    /// <summary>Closes the gate after a throttled send; returns how long it stays closed.</summary>
    public TimeSpan Close(TimeSpan? retryAfter)
    {
        _throttledSends++;
        var wait = retryAfter ?? Backoff(_throttledSends);
        var opensAt = _time.GetTimestamp() + (long)(wait.TotalSeconds * _time.TimestampFrequency);
        _opensAt = _opensAt is { } current && current > opensAt ? current : opensAt;
        return wait;
    }

    /// <summary>A send went through: the next throttle starts from the initial back-off again.</summary>
    public void Reset() => _throttledSends = 0;

    /// <summary>Half the ceiling for sure, plus up to half at random: the ceiling doubles per throttled send, up to the maximum.</summary>
    TimeSpan Backoff(int throttledSends)
    {
        var factor = Math.Pow(2, Math.Min(throttledSends - 1, 30));
        var ceiling = Math.Min(_maxBackoff.Ticks, _initialBackoff.Ticks * factor);
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromTicks((long)(ceiling / 2 * (1 + _random.NextDouble())));
#pragma warning restore CA5394
    }

    TimeSpan Until(long? timestamp)
    {
        if (timestamp is not { } until)
            return TimeSpan.Zero;

        var ticks = until - _time.GetTimestamp();
        return ticks <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)ticks / _time.TimestampFrequency);
    }
}
