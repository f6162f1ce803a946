using System.Threading;
using Serilog.Sinks.Mparticle.Compat;

namespace Serilog.Sinks.Mparticle.Diagnostics;

/// <summary>
/// The sink's counters: thread-safe, cheap to increment, read as snapshots for the SelfLog reports, and published
/// as <c>System.Diagnostics.Metrics</c> instruments when <see cref="Metrics"/> is set.
/// </summary>
sealed class SinkCounters
{
    static readonly int Count = EnumCompat.GetNames<SinkCounter>().Length;

    readonly long[] _values = new long[Count];

    /// <summary>Where the counts are published as well; <c>null</c> in tests that do not look at instruments.</summary>
    public SinkMetrics? Metrics { get; set; }

    public void Increment(SinkCounter counter, long by = 1)
    {
        if (by == 0)
            return;

        Interlocked.Add(ref _values[(int)counter], by);
        Metrics?.Add(counter, by);
    }

    public long this[SinkCounter counter] => Interlocked.Read(ref _values[(int)counter]);

    public long[] Snapshot()
    {
        var copy = new long[Count];
        for (var i = 0; i < Count; i++)
            copy[i] = Interlocked.Read(ref _values[i]);
        return copy;
    }
}
