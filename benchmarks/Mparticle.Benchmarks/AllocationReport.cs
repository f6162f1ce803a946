using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Mparticle.Benchmarks;

/// <summary>Where the packer's time and allocations go on the peer workload, per event: serialization alone, then Pack.</summary>
internal static class AllocationReport
{
    public static void Run()
    {
        var batches = PeerWorkload.Create(PackBenchmarks.BatchCount);
        var events = batches.Count * PeerWorkload.EventsPerBatch;
        var packer = new BatchPacker();
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var writer = new Utf8JsonWriter(buffer, MparticleJson.WriterOptions);

        var bestSerialize = double.MaxValue;
        var bestPack = double.MaxValue;
        var cpuSerialize = double.MaxValue;
        var cpuPack = double.MaxValue;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var round = 0; round < 10; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var batch in batches)
            {
                buffer.ResetWrittenCount();
                writer.Reset();
                MparticleJson.Serialize(batch, writer);
                writer.Flush();
            }

            var serialize = GC.GetAllocatedBytesForCurrentThread() - before;
            bestSerialize = Math.Min(bestSerialize, clock.Elapsed.TotalNanoseconds / events);
            process.Refresh();
            cpuSerialize = Math.Min(cpuSerialize, (process.TotalProcessorTime - cpu).TotalNanoseconds / events);
            cpu = process.TotalProcessorTime;
            clock.Restart();
            before = GC.GetAllocatedBytesForCurrentThread();
            var result = packer.Pack(batches);
            var pack = GC.GetAllocatedBytesForCurrentThread() - before;
            bestPack = Math.Min(bestPack, clock.Elapsed.TotalNanoseconds / events);
            process.Refresh();
            cpuPack = Math.Min(cpuPack, (process.TotalProcessorTime - cpu).TotalNanoseconds / events);
            var bodies = result.Requests.Sum(r => (long)r.SizeBytes);
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "round {0}: serialize only {1:F1} B/event; Pack {2:F1} B/event, of which request bodies {3:F1} B/event; {4} requests",
                round,
                (double)serialize / events,
                (double)pack / events,
                (double)bodies / events,
                result.Requests.Count));
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "best of 10, wall clock: serialize only {0:F0} ns/event, Pack {1:F0} ns/event ({2:F2} M events/s); process CPU time: serialize only {3:F0} ns/event, Pack {4:F0} ns/event", bestSerialize, bestPack, 1000 / bestPack, cpuSerialize, cpuPack));
    }
}
