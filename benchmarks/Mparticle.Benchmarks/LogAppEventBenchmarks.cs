using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using ILogger = Microsoft.Extensions.Logging.ILogger;

namespace Mparticle.Benchmarks;

/// <summary>
/// <c>LogAppEvent</c> against the equivalent <c>LoggerMessage.Define</c> call (same template, event id and
/// values) and against a disabled level, behind two providers: one that reads the state as a structured
/// provider does (enumerates every pair, formats nothing), and Serilog.Extensions.Logging into a sink that
/// drops events. Run: <c>dotnet run -c Release --project benchmarks/Mparticle.Benchmarks -- --filter '*LogAppEvent*'</c>.
/// </summary>
[MemoryDiagnoser]
public class LogAppEventBenchmarks
{
    static readonly Action<ILogger, string, string, IReadOnlyDictionary<string, object?>, Exception?> Define =
        LoggerMessage.Define<string, string, IReadOnlyDictionary<string, object?>>(
            LogLevel.Information,
            new EventId(28001, "MparticleAppEvent"),
            "mParticle app event {MpEventName} ({MpEventType:l}) {@MpAttributes}");

    readonly IReadOnlyDictionary<string, object?> _attributes = new Dictionary<string, object?> { ["foo"] = "bar", ["count"] = 3 };
    ILogger _logger = null!;
    ILogger _disabled = null!;
    SerilogLoggerFactory? _owner;

    /// <summary>The provider behind the logger.</summary>
    [Params("structured", "serilog")]
    public string Provider { get; set; } = "structured";

    [GlobalSetup]
    public void Setup()
    {
        if (Provider == "serilog")
        {
            var factory = new SerilogLoggerFactory(new LoggerConfiguration().MinimumLevel.Information().WriteTo.Sink(new DroppingSink()).CreateLogger(), dispose: true);
            _owner = factory;
            _logger = factory.CreateLogger("Benchmarks");
        }
        else
        {
            _logger = new StructuredLogger(LogLevel.Information);
        }

        _disabled = new StructuredLogger(LogLevel.Warning);
    }

    [GlobalCleanup]
    public void Cleanup() => _owner?.Dispose();

    [Benchmark(Baseline = true)]
    public void LoggerMessageDefine() => Define(_logger, "Example", MparticleEventKinds.Navigation, _attributes, null);

    [Benchmark]
    public void LogAppEvent() => _logger.LogAppEvent("Example", CustomEventType.Navigation, _attributes);

    [Benchmark]
    public void LogAppEventPairs() => _logger.LogAppEvent("Example", CustomEventType.Navigation, ("foo", "bar"), ("count", 3));

    [Benchmark]
    public void LogAppEventDisabled() => _disabled.LogAppEvent("Example", CustomEventType.Navigation, _attributes);

    /// <summary>Reads every pair of the state through its list interface, as structured providers do; formats nothing.</summary>
    sealed class StructuredLogger(LogLevel minimum) : ILogger
    {
        public int Seen { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || state is not IReadOnlyList<KeyValuePair<string, object?>> pairs)
                return;

            foreach (var pair in pairs)
            {
                if (pair.Value is not null)
                    Seen++;
            }
        }
    }

    sealed class DroppingSink : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
        }
    }
}
