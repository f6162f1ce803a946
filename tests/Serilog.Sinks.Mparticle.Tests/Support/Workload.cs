using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>
/// Many log events written by one real logger (so properties are captured exactly as in production), each an
/// mParticle event of one of <c>users</c> users carrying a unique <c>Seq</c> attribute: the receiver's batches
/// can then be checked event by event.
/// </summary>
static class Workload
{
    public const string SeqAttribute = "Seq";

    public static List<LogEvent> Create(int count, int users, int seed)
    {
        var collector = new Collector(count);
        using var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(collector).CreateLogger();
        var random = new Random(seed);
        var userLoggers = new ILogger[users];
        for (var u = 0; u < users; u++)
            userLoggers[u] = logger.ForContext("UserId", "user-" + u.ToString("0000", CultureInfo.InvariantCulture));

        for (var i = 0; i < count; i++)
        {
            userLoggers[random.Next(users)].Information(
                "{MpEventType} {MpEventName} {Seq} {Page}", "navigation", "Viewed page", i, "/products/" + (i % 500).ToString(CultureInfo.InvariantCulture));
        }

        return collector.Events;
    }

    sealed class Collector : ILogEventSink
    {
        public Collector(int capacity)
        {
            Events = new List<LogEvent>(capacity);
        }

        public List<LogEvent> Events { get; }

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
