using System;

namespace Mparticle;

/// <summary>Capped exponential back-off with full jitter: a random wait in [0, min(max, initial × 2^(n−1))).</summary>
internal sealed class Backoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private readonly Func<double> _random;

    public Backoff(TimeSpan initial, TimeSpan max, Func<double> random)
    {
        _initial = initial;
        _max = max;
        _random = random;
    }

    /// <summary>The ceiling before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan Ceiling(int retry)
    {
        // Doubling stops well before overflow: 2^30 × any sane initial value is past any sane cap.
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var ticks = Math.Min(_max.Ticks, _initial.Ticks * factor);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan Next(int retry)
    {
        var random = Math.Min(Math.Max(_random(), 0), 1);
        return TimeSpan.FromTicks((long)(Ceiling(retry).Ticks * random));
    }
}
