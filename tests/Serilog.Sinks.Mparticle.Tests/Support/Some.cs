using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>Log events made by a real Serilog logger, so properties are captured exactly as in production.</summary>
static class Some
{
    public static readonly DateTimeOffset Timestamp = new(2026, 5, 4, 3, 2, 1, 123, TimeSpan.Zero);

    /// <summary>A log event for <paramref name="template"/>; <c>@</c> holes destructure as usual.</summary>
    public static LogEvent LogEvent(string template, params object?[] values) =>
        LogEvent(logger => logger, template, values);

    /// <summary>A log event written through a logger shaped by <paramref name="context"/> (ForContext, LogContext...).</summary>
    public static LogEvent LogEvent(Func<ILogger, ILogger> context, string template, params object?[] values)
    {
        var collector = new Collector();
        using var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .Enrich.FromLogContext()
            .WriteTo.Sink(collector)
            .CreateLogger();

        context(logger).Write(LogEventLevel.Information, template, values);
        var logEvent = collector.Events.Single();
        return new LogEvent(Timestamp, logEvent.Level, logEvent.Exception, logEvent.MessageTemplate,
            logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)));
    }

    /// <summary>A log event with the given properties set directly (for values Serilog would never capture itself).</summary>
    public static LogEvent LogEventWith(string template, params (string Name, LogEventPropertyValue Value)[] properties) =>
        new(Timestamp, LogEventLevel.Information, null, new Parsing.MessageTemplateParser().Parse(template),
            properties.Select(p => new LogEventProperty(p.Name, p.Value)));

    /// <summary>An ordinary app event for <paramref name="userId"/>.</summary>
    public static LogEvent AppEvent(string name, string userId, string type = "navigation") =>
        LogEvent(l => l.ForContext("UserId", userId), "{MpEventType} {MpEventName}", type, name);

    sealed class Collector : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
