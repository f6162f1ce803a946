using Serilog.Sinks.Mparticle.Compat;
using System.Threading;

namespace Serilog.Sinks.Mparticle.Diagnostics;

/// <summary>The sink's counters: thread-safe, cheap to increment, read as snapshots.</summary>
sealed class SinkCounters
{
    static readonly int Count = EnumCompat.GetNames<SinkCounter>().Length;

    readonly long[] _values = new long[Count];

    public void Increment(SinkCounter counter, long by = 1)
    {
        if (by != 0)
            Interlocked.Add(ref _values[(int)counter], by);
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
