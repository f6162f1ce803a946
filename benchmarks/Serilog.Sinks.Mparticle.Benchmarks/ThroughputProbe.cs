using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// A quick look at background throughput without BenchmarkDotNet: the peer workload's periodic batch through
/// <c>EmitBatchAsync</c> (map, group, seal, pack, serialize; no HTTP), interleaved with packing the same batches
/// alone (the client's share), best of many runs; or, with a duration, a steady loop for a sampling profiler
/// (<c>dotnet-trace collect -- ... --loop 20</c>).
/// </summary>
static class ThroughputProbe
{
    public static void Run(int users, double loopSeconds)
    {
        var logEvents = PeerLogEvents.Create(users);
        var transport = new PackingTransport();
        using var sink = new MparticleSink(new MparticleSinkOptions(), transport, new SinkCounters(), new SinkSettings());
        if (loopSeconds > 0)
        {
            var until = DateTime.UtcNow.AddSeconds(loopSeconds);
            while (DateTime.UtcNow < until)
                sink.EmitBatchAsync(logEvents).GetAwaiter().GetResult();
            return;
        }

        sink.EmitBatchAsync(logEvents).GetAwaiter().GetResult();
        var batches = new List<Batch>(transport.LastBatches);
        var packer = new BatchPacker();
        var bestSink = double.MaxValue;
        var bestPack = double.MaxValue;
        var sinkBytes = 0.0;
        var packBytes = 0.0;
        for (var run = 0; run < 150; run++)
        {
            var (sinkTime, sinkAllocated) = Measure(() => sink.EmitBatchAsync(logEvents).GetAwaiter().GetResult());
            var (packTime, packAllocated) = Measure(() => packer.Pack(batches).Dispose());
            if (sinkTime < bestSink)
                (bestSink, sinkBytes) = (sinkTime, sinkAllocated);
            if (packTime < bestPack)
                (bestPack, packBytes) = (packTime, packAllocated);
        }

        var n = (double)logEvents.Count;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:N0} log events of {1:N0} users per periodic batch; best of 150 interleaved runs, wall clock, one thread", logEvents.Count, users));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "sink: map+group+seal+pack+serialize  {0,7:0.0} ns/event  {1,10:N0} events/s  {2,7:0.0} B/event", bestSink * 1e9 / n, n / bestSink, sinkBytes / n));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "baseline: pack+serialize the batches {0,7:0.0} ns/event  {1,10:N0} events/s  {2,7:0.0} B/event", bestPack * 1e9 / n, n / bestPack, packBytes / n));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "ratio sink/baseline: {0:0.00} (time), {1:0.00} (allocation)", bestSink / bestPack, sinkBytes / packBytes));
    }

    static (double Seconds, double Bytes) Measure(Action action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        action();
        return (watch.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }
}
