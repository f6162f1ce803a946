using System.Collections.Concurrent;
using System.IO;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace Mparticle.Extensions.Logging.Tests.Support;

/// <summary>
/// ILogger -> Serilog.Extensions.Logging -> a collecting sink: the log events exactly as any Serilog sink (ours
/// included) receives them, through either way applications wire Serilog in.
/// </summary>
sealed class SerilogCapture : IDisposable
{
    public const string Category = "Shop.Checkout";

    readonly Collector _collector = new();
    readonly ILoggerFactory _factory;

    public SerilogCapture(LogLevel minimumLevel = LogLevel.Trace, SerilogWiring wiring = SerilogWiring.LoggingBuilder)
    {
        _factory = CreateFactory(new LoggerConfiguration().WriteTo.Sink(_collector), minimumLevel, wiring);
        Logger = _factory.CreateLogger(Category);
    }

    public Microsoft.Extensions.Logging.ILogger Logger { get; }

    public IReadOnlyList<LogEvent> Events => _collector.Events.ToArray();

    public LogEvent Single() => Events.ShouldHaveSingleItem();

    public void Dispose() => _factory.Dispose();

    /// <summary>
    /// An <see cref="ILoggerFactory"/> over the Serilog logger <paramref name="configuration"/> makes, wired as
    /// <paramref name="wiring"/> says, passing <paramref name="minimumLevel"/> and up; disposing it disposes the logger.
    /// </summary>
    public static ILoggerFactory CreateFactory(LoggerConfiguration configuration, LogLevel minimumLevel, SerilogWiring wiring)
    {
        var serilog = configuration.MinimumLevel.Is(ToSerilog(minimumLevel)).CreateLogger();
        return wiring == SerilogWiring.LoggingBuilder
            ? LoggerFactory.Create(builder => builder.SetMinimumLevel(minimumLevel).AddSerilog(serilog, dispose: true))
            : new SerilogLoggerFactory(serilog, dispose: true);
    }

    /// <summary>
    /// Every property of <paramref name="logEvent"/> as one indented JSON object in name order; destructured objects
    /// carry their <c>$type</c>. Comparing this text compares what a sink sees, exactly.
    /// </summary>
    public static string Properties(LogEvent logEvent)
    {
        var formatter = new JsonValueFormatter("$type");
        using var text = new StringWriter();
        text.Write('{');
        var first = true;
        foreach (var property in logEvent.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first)
                text.Write(',');
            first = false;
            JsonValueFormatter.WriteQuotedJsonString(property.Key, text);
            text.Write(':');
            formatter.Format(property.Value, text);
        }

        text.Write('}');
        return Json(text.ToString());
    }

    /// <summary>JSON text indented the same way whatever its spacing, for comparisons.</summary>
    public static string Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true });
    }

    static LogEventLevel ToSerilog(LogLevel level) => level switch
    {
        LogLevel.Trace => LogEventLevel.Verbose,
        LogLevel.Debug => LogEventLevel.Debug,
        LogLevel.Information => LogEventLevel.Information,
        LogLevel.Warning => LogEventLevel.Warning,
        LogLevel.Error => LogEventLevel.Error,
        _ => LogEventLevel.Fatal,
    };

    sealed class Collector : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
