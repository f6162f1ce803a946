using System;
using BenchmarkDotNet.Running;

namespace Mparticle.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Mparticle.Benchmarks -- --filter '*Pack*'</c>.
/// <c>-- --sample</c> prints the JSON of one batch of the workload instead; <c>-- --allocations</c> breaks the
/// packer's allocations down by stage.
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
