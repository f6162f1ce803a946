using System;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Keeps the sink from sending while mParticle has asked it to wait: after a 429 (or any answer with
/// <c>Retry-After</c>) that outlasted the client's own retries, the gate closes for the <c>Retry-After</c> time, or,
/// without one, for a back-off that doubles with each throttled send (with jitter, so that several processes do not
/// come back in step). The client honours <c>Retry-After</c> within one request; the gate carries it across periodic
/// batches, so the next batch does not hammer mParticle either.
/// </summary>
/// <remarks>Used by the sink's single background loop only.</remarks>
sealed class SendGate
{
    readonly TimeProvider _time;
    readonly TimeSpan _initialBackoff;
    readonly TimeSpan _maxBackoff;
#pragma warning disable CA5394 // Jitter, not security.
    readonly Random _random = new();
#pragma warning restore CA5394
    long? _opensAt;
    int _throttledSends;

    public SendGate(TimeProvider time, TimeSpan initialBackoff, TimeSpan maxBackoff)
    {
        _time = time;
        _initialBackoff = initialBackoff;
        _maxBackoff = maxBackoff;
    }

    /// <summary>How long until sending is allowed again; zero when it is allowed now.</summary>
    public TimeSpan Remaining
    {
        get
        {
            if (_opensAt is not { } opensAt)
                return TimeSpan.Zero;

            var ticks = opensAt - _time.GetTimestamp();
            return ticks <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)ticks / _time.TimestampFrequency);
        }
    }

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
}
