using System.Diagnostics;
using Mparticle;
using Mparticle.Testing;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Reliability;

/// <summary>
/// The sink (EventsApi over HTTP, driven as Serilog's batching drives it, top-up retries included) against the local
/// receiver showing faults. Each test checks, event by event, what the receiver accepted: in every transient case
/// every event exactly once, and no <c>source_message_id</c> twice.
/// </summary>
[Collection(SelfLogCollection.Name)]
public class ReceiverFaultTests
{
    static int[] Seqs(int count) => Enumerable.Range(0, count).ToArray();

    [Fact]
    public async Task TooManyRequestsWithRetryAfterForAWhileIsWaitedOutAcrossPeriodicBatchesThenAllIsDeliveredOnce()
    {
        using var selfLog = new SelfLogCollector();
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        receiver.Faults.Next(ReceiverFault.TooManyRequests(TimeSpan.FromSeconds(1)), count: 3);
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(receiver.BaseUrl, maxAttempts: 2));
        var logEvents = Workload.Create(400, users: 150, seed: 1);

        var failures = await SerilogLikeDriver.RunAsync(sink, logEvents, batchSizeLimit: 200);

        failures.ShouldBeGreaterThanOrEqualTo(1);
        Accepted.ShouldBeExactlyOnce(Seqs(400), receiver);
        var requests = receiver.Requests;
        for (var i = 1; i < requests.Count; i++)
        {
            if (requests[i - 1].StatusCode == 429)
                (requests[i].ReceivedAt - requests[i - 1].ReceivedAt).ShouldBeGreaterThan(TimeSpan.FromMilliseconds(900), $"request {i} came too soon after a 429 with Retry-After: 1");
        }

        selfLog.Text.ShouldContain("mParticle asked the sink to slow down (429 TooManyRequests, rate limit exceeded: org, Retry-After 1 s)");
    }

    [Fact]
    public async Task TooManyRequestsWithoutRetryAfterForAWhileBacksOffThenAllIsDeliveredOnce()
    {
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        receiver.Faults.Next(ReceiverFault.TooManyRequests(limitExceeded: "acceleration"), count: 6);
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(receiver.BaseUrl, maxAttempts: 2));
        var logEvents = Workload.Create(400, users: 150, seed: 2);

        var failures = await SerilogLikeDriver.RunAsync(sink, logEvents, batchSizeLimit: 200);

        failures.ShouldBeGreaterThanOrEqualTo(3);
        Accepted.ShouldBeExactlyOnce(Seqs(400), receiver);
        receiver.Statistics.RequestCountsByStatus[429].ShouldBe(6);
    }

    [Fact]
    public async Task BurstsOf500And503BetweenAcceptedRequestsOfOnePeriodicBatchLoseAndDuplicateNothing()
    {
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        // The first request of the first periodic batch goes through; the ones after it fail for a while.
        receiver.Faults.Next(ReceiverFault.SlowResponse(TimeSpan.Zero)).Next(ReceiverFault.Status(500), 3).Next(ReceiverFault.Status(503), 3);
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(receiver.BaseUrl, maxAttempts: 2));
        var logEvents = Workload.Create(900, users: 350, seed: 3);

        var failures = await SerilogLikeDriver.RunAsync(sink, logEvents, batchSizeLimit: 400);

        failures.ShouldBeGreaterThanOrEqualTo(2);
        Accepted.ShouldBeExactlyOnce(Seqs(900), receiver);
        receiver.Statistics.RequestCountsByStatus[500].ShouldBe(3);
        receiver.Statistics.RequestCountsByStatus[503].ShouldBe(3);
    }

    [Fact]
    public async Task AbortedConnectionsLoseAndDuplicateNothing()
    {
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        receiver.Faults.Next(ReceiverFault.DropConnection(), count: 5);
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(receiver.BaseUrl, maxAttempts: 2));
        var logEvents = Workload.Create(400, users: 150, seed: 4);

        await SerilogLikeDriver.RunAsync(sink, logEvents, batchSizeLimit: 200);

        Accepted.ShouldBeExactlyOnce(Seqs(400), receiver);
        receiver.Statistics.RequestCountsByStatus[0].ShouldBe(5);
    }

    [Fact]
    public async Task ResponsesSlowerThanTheTimeoutAreSentAgainWithTheSameIdsAndCountedOnce()
    {
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        // The receiver records the batches, then answers too late: the client's retry is a duplicate, as at mParticle.
        receiver.Faults.Next(ReceiverFault.SlowResponse(TimeSpan.FromSeconds(2)), count: 2);
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(receiver.BaseUrl, maxAttempts: 2, requestTimeout: TimeSpan.FromMilliseconds(500)));
        var logEvents = Workload.Create(400, users: 150, seed: 5);

        await SerilogLikeDriver.RunAsync(sink, logEvents, batchSizeLimit: 200);

        Accepted.ShouldBeExactlyOnce(Seqs(400), receiver);
        receiver.Statistics.DuplicateCount.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task TheReceiverDownForAWhileThenBackOnTheSamePortGetsEverythingOnce()
    {
        var first = await ReceiverSinks.StartReceiverAsync();
        var port = first.Port;
        MparticleReceiver? second = null;
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(first.BaseUrl, maxAttempts: 2));
        var logEvents = Workload.Create(1_000, users: 200, seed: 6);
        var downCalls = 0;

        try
        {
            var failures = await SerilogLikeDriver.RunAsync(sink, logEvents, batchSizeLimit: 200, afterCall: async (call, failed) =>
            {
                if (call == 1)
                {
                    await first.DisposeAsync(); // down, between two periodic batches
                }
                else if (second is null && call > 1 && failed && ++downCalls == 3)
                {
                    second = await ReceiverSinks.StartReceiverAsync(port); // back
                }
            });

            failures.ShouldBe(3);
            second.ShouldNotBeNull();
            Accepted.ShouldBeExactlyOnce(Seqs(1_000), first, second);
            first.Batches.Count.ShouldBeGreaterThan(0);
            second.Batches.Count.ShouldBeGreaterThan(0);
        }
        finally
        {
            await first.DisposeAsync();
            if (second is not null)
                await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task APoisonedBatchIsIsolatedDroppedAndReportedWithMparticlesMessageAndEverythingElseIsDeliveredOnce()
    {
        using var selfLog = new SelfLogCollector();
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        var options = ReceiverSinks.Options(receiver.BaseUrl);
        var configuration = new global::Mparticle.Configuration(ReceiverSinks.ApiKey, ReceiverSinks.ApiSecret) { BaseUrl = receiver.BaseUrl };
        ReceiverSinks.ConfigureFastClient(configuration);
        var handler = new PoisonHandler();
        var counters = new SinkCounters();
        using var sink = ReceiverSinks.Create(options, new EventsApiTransport(new EventsApi(configuration, handler), configuration.Limits, counters, handler));
        var logEvents = Workload.Create(600, users: 250, seed: 7);
        var poisoned = Enumerable.Range(0, 3)
            .Select(i => Some.LogEvent(l => l.ForContext("UserId", "poisoned-user"), "{MpEventType} {MpEventName} {Seq}", "navigation", PoisonHandler.Marker, 10_000 + i))
            .ToList();
        logEvents.InsertRange(300, poisoned);

        var failures = await SerilogLikeDriver.RunAsync(sink, logEvents, batchSizeLimit: 700);

        failures.ShouldBe(0);
        Accepted.ShouldBeExactlyOnce(Seqs(600), receiver);
        sink.Counters[SinkCounter.DroppedRejected].ShouldBe(3);
        counters[SinkCounter.BatchesDelivered].ShouldBe(receiver.Batches.Count);
        handler.Refused.ShouldBeGreaterThan(1); // the request, then the halves that still held the batch
        selfLog.Text.ShouldContain("(3 log events); it is dropped, the other batches are delivered: BAD_REQUEST: " + PoisonHandler.Message);
    }

    [Fact]
    public async Task AnEventTheReceiverRefusesInsideASplitBatchIsTheOnlyOneDroppedEveryOtherArrivesOnceAndTheMetricsAddUp()
    {
        using var selfLog = new SelfLogCollector();
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        receiver.Faults.RefuseContent(PoisonHandler.Marker, PoisonHandler.Message);
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(receiver.BaseUrl));
        using var metrics = new MetricsRecorder(sink.Meter!);
        var logEvents = Workload.Create(600, users: 40, seed: 21);
        // 300 events of about 750 bytes: one user's batch of some 225 KB, which the packer splits into parts.
        var page = new string('p', 600);
        var bigUser = Enumerable.Range(1_000, 300)
            .Select(seq => Some.LogEvent(l => l.ForContext("UserId", "big-user"), "{MpEventType} {MpEventName} {Seq} {Page}", "navigation", seq == 1_150 ? PoisonHandler.Marker : "Viewed page", seq, page))
            .ToList();
        logEvents.InsertRange(200, bigUser);

        await sink.EmitBatchAsync(logEvents);

        Accepted.ShouldBeExactlyOnce(Seqs(600).Concat(Enumerable.Range(1_000, 300).Where(seq => seq != 1_150)), receiver);
        receiver.Statistics.DuplicateCount.ShouldBe(0); // no part that arrived was sent again
        receiver.EventsFor("big-user").Count.ShouldBe(299);
        receiver.Batches.Count(b => b.UserIdentities?.CustomerId == "big-user").ShouldBeGreaterThan(2); // parts, and halves of the refused part
        sink.Counters[SinkCounter.DroppedRejected].ShouldBe(1);
        sink.Counters[SinkCounter.LogEventsDelivered].ShouldBe(899);
        metrics["mparticle.sink.events.received"].ShouldBe(900);
        (metrics["mparticle.sink.events.delivered"] + metrics["mparticle.sink.events.dropped{reason=rejected}"]).ShouldBe(900);
        selfLog.Text.ShouldContain("mParticle refused 1 events of batch");
        selfLog.Text.ShouldContain("even alone; they are dropped, and the batch's other events are delivered: BAD_REQUEST: " + PoisonHandler.Message);
    }

    [Fact]
    public async Task AMixOfFaultsUnderAFixedSeedOver100000EventsFrom1000UsersLosesAndDuplicatesNothing()
    {
        const int count = 100_000;
        await using var receiver = await ReceiverSinks.StartReceiverAsync();
        receiver.Faults
            .WithProbability(ReceiverFault.TooManyRequests(TimeSpan.Zero), 0.03, seed: 11)
            .WithProbability(ReceiverFault.TooManyRequests(), 0.03, seed: 12)
            .WithProbability(ReceiverFault.Status(500), 0.03, seed: 13)
            .WithProbability(ReceiverFault.Status(503), 0.03, seed: 14)
            .WithProbability(ReceiverFault.DropConnection(), 0.03, seed: 15)
            .WithProbability(ReceiverFault.SlowResponse(TimeSpan.FromSeconds(2)), 0.005, seed: 16);
        using var sink = ReceiverSinks.Create(ReceiverSinks.Options(receiver.BaseUrl, maxAttempts: 2, requestTimeout: TimeSpan.FromSeconds(1)));
        var logEvents = Workload.Create(count, users: 1_000, seed: 8);
        var stopwatch = Stopwatch.StartNew();

        var failures = await SerilogLikeDriver.RunAsync(sink, logEvents, batchSizeLimit: 5_000, seed: 9);

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        failures.ShouldBeGreaterThan(0);
        Accepted.ShouldBeExactlyOnce(Seqs(count), receiver);
        sink.Counters[SinkCounter.LogEventsReceived].ShouldBe(count);
        sink.Counters[SinkCounter.LogEventsMapped].ShouldBe(count);
        receiver.Statistics.RequestCountsByStatus.Keys.ShouldBeSubsetOf([0, 202, 429, 500, 503]);
    }
}
