using System;
using BenchmarkDotNet.Running;

namespace Mparticle.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Mparticle.Benchmarks -- --filter '*Pack*'</c>.
/// <c>-- --sample</c> prints the JSON of one batch of the workload instead; <c>-- --allocations</c> breaks the
/// packer's time and allocations down by stage; <c>-- --loop 20</c> packs for 20 seconds, for a profiler.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["--sample"])
        {
            Console.WriteLine(MparticleJson.Serialize(PeerWorkload.Create(1)[0]));
            return;
        }

        if (args is ["--allocations"])
        {
            AllocationReport.Run();
            return;
        }

        if (args is ["--loop", var seconds])
        {
            // A steady workload for a sampling profiler (dotnet-trace collect -- ... --loop 20).
            var batches = PeerWorkload.Create(PackBenchmarks.BatchCount);
            var packer = new BatchPacker();
            var until = DateTime.UtcNow.AddSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
            while (DateTime.UtcNow < until)
            {
                packer.Pack(batches).Dispose();
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
