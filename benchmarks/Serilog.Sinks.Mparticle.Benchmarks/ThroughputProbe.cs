using System;
using System.Diagnostics;
using System.Globalization;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// A quick look at background throughput without BenchmarkDotNet: the peer workload's periodic batch through
/// <c>EmitBatchAsync</c> (map, group, seal, pack, serialize; no HTTP) many times, best run kept; or, with a
/// duration, a steady loop for a sampling profiler (<c>dotnet-trace collect -- ... --loop 20</c>).
/// </summary>
static class ThroughputProbe
{
    public static void Run(int users, double loopSeconds)
    {
        var logEvents = PeerLogEvents.Create(users);
        var transport = new PackingTransport();
        using var sink = new MparticleSink(new MparticleSinkOptions(), transport, new SinkCounters(), new SinkSettings());
        var until = loopSeconds > 0 ? DateTime.UtcNow.AddSeconds(loopSeconds) : DateTime.MaxValue;
        var best = double.MaxValue;
        for (var run = 0; loopSeconds > 0 ? DateTime.UtcNow < until : run < 40; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            sink.EmitBatchAsync(logEvents).GetAwaiter().GetResult();
            var perEvent = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / logEvents.Count;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)logEvents.Count;
            if (loopSeconds <= 0 && perEvent < best)
            {
                best = perEvent;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "run {0,2}: {1,7:0.0} ns/event CPU, {2,9:N0} events/s, {3,6:0.0} B/event", run, perEvent, 1e9 / perEvent, bytes));
            }
        }
    }
}
