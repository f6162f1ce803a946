using System.Globalization;
using BenchmarkDotNet.Running;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// Runs the sink's benchmarks: <c>dotnet run -c Release --project benchmarks/Serilog.Sinks.Mparticle.Benchmarks -- --filter '*' --job short</c>.
/// <c>-- --probe</c> prints the background throughput of the peer workload (best of 40 runs); <c>-- --loop 20</c>
/// runs it for 20 seconds, for a profiler.
/// </summary>
static class Program
{
    static void Main(string[] args)
    {
        if (args is ["--probe"])
        {
            ThroughputProbe.Run(users: 1_000, loopSeconds: 0);
            return;
        }

        if (args is ["--sustained", var rounds, var size, ..])
        {
            SustainedProbe.Run(int.Parse(rounds, CultureInfo.InvariantCulture), int.Parse(size, CultureInfo.InvariantCulture), pack: args is not [_, _, _, "--no-pack"]);
            return;
        }

        if (args is ["--e2e", var e2eRounds])
        {
            EndToEndProbe.Run(int.Parse(e2eRounds, CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--allocations"])
        {
            AllocationProbe.Run();
            return;
        }

        if (args is ["--loop-periodic", var s2])
        {
            SustainedProbe.Run(int.Parse(s2, CultureInfo.InvariantCulture), 1_000);
            return;
        }

        if (args is ["--loop", var seconds])
        {
            ThroughputProbe.Run(users: 1_000, loopSeconds: double.Parse(seconds, CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
