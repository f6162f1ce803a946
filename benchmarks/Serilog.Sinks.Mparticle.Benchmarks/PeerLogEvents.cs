using System;
using System.Collections.Generic;
using System.Globalization;
using Mparticle;
using Serilog.Core;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// The peer workload of mParticle's SDK comparisons as log events: per user, 10 custom events with 3 attributes
/// (<c>page</c>, <c>referrer</c>, <c>variant</c>) and 1 purchase of 1 product, written by a real Serilog logger so
/// the properties are exactly what the sink receives in production.
/// </summary>
public static class PeerLogEvents
{
    /// <summary>Log events per user: 10 custom events and 1 purchase.</summary>
    public const int EventsPerUser = 11;

    /// <summary>The custom event's template: 5 properties, of which the sink reads 2 and maps 3 to attributes (plus UserId).</summary>
    public const string CustomTemplate = "{MpEventType} {MpEventName} {page} {referrer} {variant}";

    static readonly string[] EventNames =
    [
        "Viewed product", "Added to wishlist", "Searched", "Viewed category", "Opened menu",
        "Viewed reviews", "Shared product", "Viewed cart", "Started checkout", "Entered address",
    ];

    /// <summary>The workload's log events for <paramref name="users"/> users, in the order <see cref="Write"/> logs them.</summary>
    public static List<LogEvent> Create(int users)
    {
        var collector = new Collector(users * EventsPerUser);
        using var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(collector).CreateLogger();
        Write(ForUsers(logger, users));
        return collector.Events;
    }

    /// <summary>The log events cut into periodic batches of at most <paramref name="size"/>, as Serilog's batching hands them over.</summary>
    public static List<List<LogEvent>> PeriodicBatches(List<LogEvent> logEvents, int size)
    {
        var batches = new List<List<LogEvent>>();
        for (var start = 0; start < logEvents.Count; start += size)
            batches.Add(logEvents.GetRange(start, Math.Min(size, logEvents.Count - start)));
        return batches;
    }

    /// <summary>One logger per user, each carrying the user's <c>UserId</c>.</summary>
    public static ILogger[] ForUsers(ILogger logger, int users)
    {
        var userLoggers = new ILogger[users];
        for (var u = 0; u < users; u++)
            userLoggers[u] = logger.ForContext("UserId", "customer-" + u.ToString(CultureInfo.InvariantCulture));
        return userLoggers;
    }

    /// <summary>Writes the workload through the users' loggers: user after user, 10 custom events and a purchase each.</summary>
    public static void Write(ILogger[] userLoggers)
    {
        var random = new Random(12345);
        for (var u = 0; u < userLoggers.Length; u++)
        {
            for (var e = 0; e < 10; e++)
            {
                userLoggers[u].Information(
                    CustomTemplate,
                    "navigation",
                    EventNames[e],
                    "/products/" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
                    "https://www.example.com/search?q=shoes",
                    e % 2 == 0 ? "control" : "treatment");
            }

            var purchase = new ProductAction(ProductActionType.Purchase)
            {
                TransactionId = "T-" + u.ToString(CultureInfo.InvariantCulture),
                TotalAmount = 59.98m,
            };
            purchase.Products.Add(new Product("SKU-" + (u % 100).ToString(CultureInfo.InvariantCulture), "Running shoe") { Price = 29.99m, Quantity = 2 });
            userLoggers[u].Information("Purchased {@MpProductAction} in {MpCurrencyCode}", purchase, "USD");
        }
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
