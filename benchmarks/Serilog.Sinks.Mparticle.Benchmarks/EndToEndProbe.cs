using System;
using System.Diagnostics;
using System.Globalization;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>Where the end-to-end time goes: the log calls, then the wait until the receiver has the events.</summary>
static class EndToEndProbe
{
    public static void Run(int rounds)
    {
        using var benchmarks = new EndToEndBenchmarks();
        benchmarks.Setup();
        for (var round = 0; round < rounds; round++)
        {
            var client = Stopwatch.StartNew();
            benchmarks.ClientPostsPackedRequests();
            client.Stop();
            var (calls, total) = benchmarks.LogCallsToAcceptedEventsTimed();
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "client alone {0,6:0.0} ms; sink: log calls {1,6:0.0} ms, until accepted {2,6:0.0} ms",
                client.Elapsed.TotalMilliseconds, calls.TotalMilliseconds, total.TotalMilliseconds));
        }
    }
}
