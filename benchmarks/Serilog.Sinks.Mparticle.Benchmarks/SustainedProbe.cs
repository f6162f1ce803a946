using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>Sustained background throughput: many periodic batches back to back, with the share of time in GC pauses.</summary>
static class SustainedProbe
{
    public static void Run(int rounds, int periodicBatchSize, bool pack = true)
    {
        var all = PeerLogEvents.Create(1_000);
        var periodic = PeerLogEvents.PeriodicBatches(all, periodicBatchSize);
        using var sink = new MparticleSink(new MparticleSinkOptions(), new PackingTransport { Pack = pack }, new SinkCounters(), new SinkSettings());
        for (var i = 0; i < 5; i++)
        {
            foreach (var logEvents in periodic)
                sink.EmitBatchAsync(logEvents).GetAwaiter().GetResult();
        }

        var pause = GC.GetTotalPauseDuration();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var thread = ThreadCpu();
        var watch = Stopwatch.StartNew();
        var perRound = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var round = Stopwatch.StartNew();
            foreach (var logEvents in periodic)
                sink.EmitBatchAsync(logEvents).GetAwaiter().GetResult();
            perRound.Add(round.Elapsed.TotalMilliseconds * 1e6 / all.Count);
        }

        var elapsed = watch.Elapsed;
        perRound.Sort();
        var threadCpu = ThreadCpu() - thread;
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var paused = GC.GetTotalPauseDuration() - pause;
        var events = (double)rounds * all.Count;
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            (pack ? "" : "(no packing) ") + "{0:N0} x {1:N0} log events in periodic batches of {2:N0}: {3:0.0} ns/event ({4:N0} events/s); GC pauses {5:0.0}% of the time ({6} gen0, {7} gen1, {8} gen2)",
            rounds, all.Count, periodicBatchSize, elapsed.TotalMilliseconds * 1e6 / events, events / elapsed.TotalSeconds,
            100 * paused.TotalMilliseconds / elapsed.TotalMilliseconds, GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2));
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "  CPU: this thread {0:0.0} ns/event, whole process {1:0.0} ns/event; rounds: min {2:0.0}, median {3:0.0}, max {4:0.0} ns/event",
            threadCpu.TotalMilliseconds * 1e6 / events, processCpu.TotalMilliseconds * 1e6 / events, perRound[0], perRound[perRound.Count / 2], perRound[^1]));
    }

    /// <summary>CPU time of the calling thread (Linux: /proc/thread-self/stat; elsewhere the process's).</summary>
    static TimeSpan ThreadCpu()
    {
        try
        {
            var fields = System.IO.File.ReadAllText("/proc/thread-self/stat").Split(' ');
            var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (System.IO.IOException)
        {
            return Process.GetCurrentProcess().TotalProcessorTime;
        }
    }
}
