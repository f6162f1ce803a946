using System;
using BenchmarkDotNet.Attributes;
using Serilog.Core;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// What the application's thread pays for one log call with 5 properties that the sink maps (event type and name,
/// the user, two attributes): into this sink, into Serilog.Sinks.Seq 9.1.0 (batched, pointed at a closed local
/// port, with a period of an hour, so nothing is sent while measuring), and into a sink that does nothing. Fresh
/// loggers for every iteration, with queues larger than an iteration, so every call takes the enqueue path.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(InvocationsPerIteration)]
public class CallerBenchmarks : IDisposable
{
    /// <summary>Log calls per iteration; every queue holds them all.</summary>
    public const int InvocationsPerIteration = 100_000;

    const string Template = "{MpEventType} {MpEventName} {UserId} {page} {variant}";
    const string NowhereUrl = "http://127.0.0.1:1";

    Logger _nothing = null!;
    Logger _seq = null!;
    Logger _mparticle = null!;

    [IterationSetup]
    public void CreateLoggers()
    {
        _nothing = new LoggerConfiguration().WriteTo.Sink(new DoNothingSink()).CreateLogger();
        _seq = new LoggerConfiguration()
            .WriteTo.Seq(NowhereUrl, batchPostingLimit: 10 * InvocationsPerIteration, period: TimeSpan.FromHours(1), queueSizeLimit: 10 * InvocationsPerIteration)
            .CreateLogger();
        _mparticle = new LoggerConfiguration()
            .WriteTo.Mparticle("benchmark-key", "benchmark-secret", options =>
            {
                options.ServerUrl = NowhereUrl + "/v2";
                options.Period = TimeSpan.FromHours(1);
                options.BatchSizeLimit = 10 * InvocationsPerIteration;
                options.QueueLimit = 10 * InvocationsPerIteration;
                options.ShutdownTimeout = TimeSpan.Zero;
            })
            .CreateLogger();
    }

    [IterationCleanup]
    public void DisposeLoggers()
    {
        _nothing?.Dispose();
        _seq?.Dispose();
        _mparticle?.Dispose();
    }

    public void Dispose()
    {
        DisposeLoggers();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public void NothingSink() => _nothing.Information(Template, "navigation", "Viewed product", "customer-42", "/products/7", "control");

    [Benchmark]
    public void SeqSink() => _seq.Information(Template, "navigation", "Viewed product", "customer-42", "/products/7", "control");

    [Benchmark]
    public void MparticleSink() => _mparticle.Information(Template, "navigation", "Viewed product", "customer-42", "/products/7", "control");

    sealed class DoNothingSink : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
        }
    }
}
