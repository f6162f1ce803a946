using System;
using System.Globalization;
using System.Threading;
using Serilog.Core;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// Allocation per log call of <see cref="CallerBenchmarks"/>' loggers, split into the calling thread's and the
/// whole process's (the difference is Serilog's background loop): what BenchmarkDotNet's single figure adds up.
/// </summary>
static class AllocationProbe
{
    public static void Run()
    {
        const int calls = CallerBenchmarks.InvocationsPerIteration;
        for (var round = 0; round < 3; round++)
        {
            using var benchmarks = new CallerBenchmarks();
            benchmarks.CreateLoggers();
            Measure("nothing", benchmarks.NothingSink, calls);
            Measure("seq", benchmarks.SeqSink, calls);
            Measure("mparticle", benchmarks.MparticleSink, calls);
        }
    }

    static void Measure(string name, Action call, int calls)
    {
        Thread.Sleep(200);
        var total = GC.GetTotalAllocatedBytes(precise: true);
        var mine = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
            call();
        var caller = GC.GetAllocatedBytesForCurrentThread() - mine;
        Thread.Sleep(200);
        var all = GC.GetTotalAllocatedBytes(precise: true) - total;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-10} caller thread {1,6:0.0} B/call, process {2,6:0.0} B/call", name, caller / (double)calls, all / (double)calls));
    }
}
