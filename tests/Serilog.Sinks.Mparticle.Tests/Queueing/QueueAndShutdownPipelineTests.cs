using System.Diagnostics;
using Mparticle.Testing;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Queueing;

/// <summary>
/// The whole pipeline (logger, the enqueueing sink, Serilog's BatchingSink, the sink) with Serilog's real timers,
/// for what only the pipeline shows: the queue limit, and shutdown. Periods are an hour: periodic batches are
/// emitted when full, or by shutdown.
/// </summary>
[Collection(SelfLogCollection.Name)]
public class QueueAndShutdownPipelineTests
{
    static (Logger Logger, MparticleSink Sink) CreateLogger(MparticleSinkOptions options, Serilog.Sinks.Mparticle.Delivery.BatchTransport? transport = null)
    {
        var sink = ReceiverSinks.Create(options, transport);
        var configuration = new LoggerConfiguration().MinimumLevel.Verbose();
        MparticleSinkFactory.Register(configuration.WriteTo, sink, options, LevelAlias.Minimum, null);
        return (configuration.CreateLogger(), sink);
    }

    static void LogEvents(ILogger logger, int count, int users)
    {
        for (var i = 0; i < count; i++)
            logger.ForContext("UserId", $"user-{i % users}").Information("{MpEventType} {MpEventName} {Seq}", "navigation", "Viewed page", i);
    }

    [Fact]
    public async Task LogEventsBeyondTheQueueLimitAreDiscardedAtOnceAndCountedAndTheRestIsDelivered()
    {
        var transport = new FakeTransport();
        var options = ReceiverSinks.Options("http://127.0.0.1:9/v2");
        options.QueueLimit = 100;
        options.Period = TimeSpan.FromHours(1);
        var (logger, sink) = CreateLogger(options, transport);
        using var metrics = new MetricsRecorder(sink.Meter!);

        LogEvents(logger, 150, users: 10);
        metrics.Gauge("mparticle.sink.queue.size").ShouldBe(100);
        await logger.DisposeAsync();

        sink.Counters[SinkCounter.DroppedQueueFull].ShouldBe(50);
        metrics["mparticle.sink.events.dropped{reason=queue_full}"].ShouldBe(50);
        transport.Calls.SelectMany(c => c).Sum(b => b.EventCount).ShouldBe(100);
        sink.Counters[SinkCounter.DroppedAtShutdown].ShouldBe(0);
        sink.Queue.Count.ShouldBe(0);
    }

    [Fact]
    public async Task ShutdownDuringAnOutageEndsWithinTheShutdownTimeoutAndReportsWhatWasNotDelivered()
    {
        using var selfLog = new SelfLogCollector();
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        receiver.Faults.WithProbability(ReceiverFault.Status(503), 1.0, seed: 1);
        var options = ReceiverSinks.Options(receiver.BaseUrl);
        options.ConfigureClient = c =>
        {
            // A client that would keep retrying for a minute: only the shutdown timeout ends it.
            ReceiverSinks.ConfigureFastClient(c, maxAttempts: 10_000);
            c.Retry.InitialBackoff = TimeSpan.FromMilliseconds(50);
            c.Retry.MaxBackoff = TimeSpan.FromMilliseconds(100);
            c.Retry.MaxElapsedTime = TimeSpan.FromMinutes(1);
        };
        options.Period = TimeSpan.FromHours(1);
        options.BatchSizeLimit = 50;
        options.ShutdownTimeout = TimeSpan.FromSeconds(1);
        var (logger, sink) = CreateLogger(options);

        LogEvents(logger, 120, users: 40);
        await receiver.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30));
        var stopwatch = Stopwatch.StartNew();
        logger.Dispose();
        stopwatch.Stop();

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(4));
        receiver.Batches.ShouldBeEmpty();
        sink.Counters[SinkCounter.DroppedAtShutdown].ShouldBe(120);
        selfLog.Text.ShouldContain("120 log events were not delivered at shutdown");
        selfLog.Text.ShouldContain("within the shutdown timeout of 1 s");
    }

    [Fact]
    public async Task ABatchWaitingForItsRetryWhenTheLoggerIsDisposedIsDeliveredByTheSinkItself()
    {
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        receiver.Faults.Next(ReceiverFault.Status(503));
        var options = ReceiverSinks.Options(receiver.BaseUrl, maxAttempts: 1);
        options.Period = TimeSpan.FromHours(1);
        options.BatchSizeLimit = 10;
        var (logger, sink) = CreateLogger(options);

        LogEvents(logger, 10, users: 4);
        await receiver.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30));
        var waited = Stopwatch.StartNew();
        while (sink.PendingLogEvents != 10 && waited.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(10);

        // Serilog now waits an hour to retry; at disposal its queue is empty, so it never emits this batch again.
        await logger.DisposeAsync();

        receiver.Requests.Select(r => r.StatusCode).ShouldBe([503, 202]);
        receiver.Batches.SelectMany(b => b.Events).Count().ShouldBe(10);
        sink.Counters[SinkCounter.DroppedAtShutdown].ShouldBe(0);
    }
}
