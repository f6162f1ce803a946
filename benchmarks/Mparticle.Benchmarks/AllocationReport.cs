using System;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Mparticle.Benchmarks;

/// <summary>
/// Where the packer's time and allocations go on the peer workload, per event, beside the hand-written baseline:
/// serialization alone, then serialization and packing. Runs are interleaved and the best of many is kept, which
/// is the least disturbed figure on a shared machine; process CPU time is shown beside wall-clock time.
/// </summary>
internal static class AllocationReport
{
    public static void Run()
    {
        var batches = PeerWorkload.Create(PackBenchmarks.BatchCount);
        var events = batches.Count * PeerWorkload.EventsPerBatch;
        var packer = new BatchPacker();
        using var baseline = new HandWrittenPacker();
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var writer = new Utf8JsonWriter(buffer, MparticleJson.WriterOptions);

        var stages = new (string Name, Action Run)[]
        {
            ("baseline: write only", () => baseline.WriteOnly(batches)),
            ("MparticleJson: write only", () =>
            {
                foreach (var batch in batches)
                {
                    buffer.ResetWrittenCount();
                    writer.Reset();
                    MparticleJson.Serialize(batch, writer);
                    writer.Flush();
                }
            }),
            ("baseline: write and pack", () => baseline.Return(baseline.Pack(batches))),
            ("BatchPacker.Pack", () => packer.Pack(batches).Dispose()),
            ("baseline pack, model writer", () =>
            {
                baseline.UseModelWriter = true;
                baseline.Return(baseline.Pack(batches));
                baseline.UseModelWriter = false;
            }),
        };

        var wall = Enumerable.Repeat(double.MaxValue, stages.Length).ToArray();
        var cpu = Enumerable.Repeat(double.MaxValue, stages.Length).ToArray();
        var allocated = new double[stages.Length];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < 30; round++)
        {
            for (var i = 0; i < stages.Length; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                stages[i].Run();
                wall[i] = Math.Min(wall[i], clock.Elapsed.TotalNanoseconds / events);
                allocated[i] = (double)(GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / events;
                process.Refresh();
                cpu[i] = Math.Min(cpu[i], (process.TotalProcessorTime - cpuBefore).TotalNanoseconds / events);
            }
        }

        Console.WriteLine("best of 30 interleaved runs, per event (110,000 events per run):");
        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  {0,-28} wall {1,5:F0} ns ({2:F2} M events/s)   CPU {3,5:F0} ns   allocated {4,5:F1} B",
                stages[i].Name,
                wall[i],
                1000 / wall[i],
                cpu[i],
                allocated[i]));
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  ratios to the baseline: write only wall {0:F2} / CPU {1:F2}; write and pack wall {2:F2} / CPU {3:F2}", wall[1] / wall[0], cpu[1] / cpu[0], wall[3] / wall[2], cpu[3] / cpu[2]));
    }
}
