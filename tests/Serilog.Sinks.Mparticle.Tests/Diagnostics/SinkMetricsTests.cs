using Mparticle.Testing;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Diagnostics;

[Collection(SelfLogCollection.Name)]
public class SinkMetricsTests
{
    [Fact]
    public async Task TheMeterCountsEventsReceivedMappedIgnoredDroppedByReasonAndTrimmed()
    {
        using var harness = new SinkHarness();
        using var metrics = new MetricsRecorder(harness.Sink.Meter!);
        harness.Sink.Meter!.Name.ShouldBe("Serilog.Sinks.Mparticle");
        harness.Transport.Decide = (batch, _) => batch.Batch.UserIdentities!.CustomerId == "bad" ? SealedBatchState.Rejected : SealedBatchState.Delivered;

        await harness.EmitAsync(
            Some.AppEvent("a1", "ann"),
            Some.AppEvent("a2", "ann"),
            Some.AppEvent("x1", "bad"),
            Some.LogEvent("Just a log line"),
            Some.LogEvent("{MpEventType}", "navigation"),
            Some.LogEvent("{MpEventType} {UserId} {Note}", "other", "cid", new string('n', 5000)));

        metrics["mparticle.sink.events.received"].ShouldBe(6);
        metrics["mparticle.sink.events.mapped"].ShouldBe(4);
        metrics["mparticle.sink.events.ignored"].ShouldBe(1);
        metrics["mparticle.sink.events.dropped{reason=no_identity}"].ShouldBe(1);
        metrics["mparticle.sink.events.dropped{reason=rejected}"].ShouldBe(1);
        metrics["mparticle.sink.values.trimmed{kind=value}"].ShouldBe(1);
        metrics.Gauge("mparticle.sink.events.pending").ShouldBe(0);
        metrics.Gauge("mparticle.sink.queue.size").ShouldBe(0);
    }

    [Fact]
    public async Task TheMeterCountsRequestsBytesResponsesByStatusRetriesAndBatchesAgainstTheReceiver()
    {
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        receiver.Faults.Next(ReceiverFault.Status(503));
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(receiver.BaseUrl, maxAttempts: 2));
        using var metrics = new MetricsRecorder(sink.Meter!);

        await sink.EmitBatchAsync(Workload.Create(30, users: 10, seed: 1));

        metrics["mparticle.sink.requests.sent"].ShouldBe(2);
        metrics["mparticle.sink.responses{http.response.status_code=503}"].ShouldBe(1);
        metrics["mparticle.sink.responses{http.response.status_code=202}"].ShouldBe(1);
        metrics["mparticle.sink.retries"].ShouldBe(1);
        metrics["mparticle.sink.bytes.sent"].ShouldBe(receiver.Statistics.ByteCount);
        metrics["mparticle.sink.batches.sent"].ShouldBe(receiver.Batches.Count);
        metrics["mparticle.sink.batches.delivered"].ShouldBe(receiver.Batches.Count);
    }

    [Fact]
    public async Task RequestsWithoutAnAnswerAreCountedAsNetworkFailures()
    {
        var receiver = await ReceiverSinks.StartReceiverAsync();
        var baseUrl = receiver.BaseUrl;
        await receiver.DisposeAsync();
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(baseUrl, maxAttempts: 2));
        using var metrics = new MetricsRecorder(sink.Meter!);
        var logEvents = Workload.Create(5, users: 2, seed: 1);

        await Should.ThrowAsync<MparticleDeliveryException>(() => sink.EmitBatchAsync(logEvents));

        metrics["mparticle.sink.responses{error.type=network}"].ShouldBe(2);
        metrics.Gauge("mparticle.sink.events.pending").ShouldBe(5);
    }

    [Fact]
    public void EveryInstrumentIsPublishedUnderItsDocumentedName()
    {
        using var harness = new SinkHarness();
        var published = new List<string>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (ReferenceEquals(instrument.Meter, harness.Sink.Meter))
                    published.Add(instrument.Name + " " + instrument.GetType().Name.Split('`')[0] + " " + instrument.Unit);
            },
        };
        listener.Start();

        published.Order().ShouldBe([
            "mparticle.sink.batches.delivered Counter {batch}",
            "mparticle.sink.batches.sent Counter {batch}",
            "mparticle.sink.bytes.sent Counter By",
            "mparticle.sink.events.delivered Counter {event}",
            "mparticle.sink.events.dropped Counter {event}",
            "mparticle.sink.events.ignored Counter {event}",
            "mparticle.sink.events.mapped Counter {event}",
            "mparticle.sink.events.pending ObservableGauge {event}",
            "mparticle.sink.events.received Counter {event}",
            "mparticle.sink.queue.size ObservableGauge {event}",
            "mparticle.sink.rate_limit.used ObservableGauge %",
            "mparticle.sink.requests.paced Counter {request}",
            "mparticle.sink.requests.sent Counter {request}",
            "mparticle.sink.responses Counter {response}",
            "mparticle.sink.retries Counter {request}",
            "mparticle.sink.values.replaced Counter {value}",
            "mparticle.sink.values.trimmed Counter {value}",
        ]);
    }
}
