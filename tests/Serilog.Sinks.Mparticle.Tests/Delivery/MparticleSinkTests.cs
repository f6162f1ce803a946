using Mparticle;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Delivery;

[Collection(SelfLogCollection.Name)]
public class MparticleSinkTests
{
    [Fact]
    public async Task EachUserOfAPeriodicBatchGetsOneBatchWithFreshIds()
    {
        using var harness = new SinkHarness();

        await harness.EmitAsync(Some.AppEvent("a1", "ann"), Some.AppEvent("b1", "bob"), Some.AppEvent("a2", "ann"));

        var sent = harness.Transport.Calls.Single();
        sent.Count.ShouldBe(2);
        sent.Select(b => Guid.TryParse(b.SourceRequestId, out var id)).ShouldAllBe(parsed => parsed);
        sent.Select(b => b.SourceRequestId).Distinct().Count().ShouldBe(2);
        var messageIds = sent.SelectMany(b => b.Batch.Events).Select(e => e.SourceMessageId).ToList();
        messageIds.Select(m => Guid.TryParse(m, out var id)).ShouldAllBe(parsed => parsed);
        messageIds.Distinct().Count().ShouldBe(3);
        harness.Counters[SinkCounter.LogEventsReceived].ShouldBe(3);
        harness.Counters[SinkCounter.LogEventsMapped].ShouldBe(3);
    }

    [Fact]
    public async Task ATransientFailureIsThrownSoThatSerilogRetries()
    {
        using var harness = new SinkHarness();
        harness.Transport.Decide = (_, _) => SealedBatchState.Pending;

        var exception = await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(Some.AppEvent("a1", "ann")));

        exception.Message.ShouldBe("1 of 1 mParticle batches (1 log events) were not delivered; they will be sent again unchanged.");
    }

    [Fact]
    public async Task ARetryToppedUpWithNewEventsResendsTheSameBatchesAndSealsOnlyTheNewEvents()
    {
        using var harness = new SinkHarness();
        harness.Transport.Decide = (_, call) => call == 0 ? SealedBatchState.Pending : SealedBatchState.Delivered;
        var a1 = Some.AppEvent("a1", "ann");
        var b1 = Some.AppEvent("b1", "bob");

        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1, b1));
        var first = harness.Transport.Calls[0];
        var firstIds = first.Select(b => (b.SourceRequestId, string.Join(",", b.Batch.Events.Select(e => e.SourceMessageId)))).ToList();
        var firstJson = first.Select(b => MparticleJson.Serialize(b.Batch)).ToList();

        // Serilog's BatchingSink retries the same LogEvent objects, topped up with new ones.
        await harness.EmitAsync(a1, b1, Some.AppEvent("a2", "ann"));

        var second = harness.Transport.Calls[1];
        second.Count.ShouldBe(3);
        second.Take(2).ShouldBe(first);
        second.Take(2).Select(b => (b.SourceRequestId, string.Join(",", b.Batch.Events.Select(e => e.SourceMessageId)))).ShouldBe(firstIds);
        second.Take(2).Select(b => MparticleJson.Serialize(b.Batch)).ShouldBe(firstJson);
        second[2].Batch.Events.Cast<AppEvent>().Single().EventName.ShouldBe("a2");
        second[2].SourceRequestId.ShouldNotBeOneOf(firstIds.Select(i => i.SourceRequestId).ToArray());
        harness.Counters[SinkCounter.LogEventsReceived].ShouldBe(3);
    }

    [Fact]
    public async Task APartlyDeliveredPeriodicBatchResendsOnlyItsUndeliveredBatches()
    {
        using var harness = new SinkHarness();
        harness.Transport.Decide = (batch, call) =>
            call == 0 && batch.Batch.UserIdentities!.CustomerId == "bob" ? SealedBatchState.Pending : SealedBatchState.Delivered;
        var a1 = Some.AppEvent("a1", "ann");
        var b1 = Some.AppEvent("b1", "bob");

        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1, b1));
        await harness.EmitAsync(a1, b1);

        harness.Transport.Calls[1].Single().ShouldBeSameAs(harness.Transport.Calls[0][1]);
    }

    [Fact]
    public async Task LogEventsSerilogDropsAfterItsRetryTimeLimitAreCounted()
    {
        using var harness = new SinkHarness();
        harness.Transport.Decide = (_, call) => call == 0 ? SealedBatchState.Pending : SealedBatchState.Delivered;

        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(Some.AppEvent("a1", "ann"), Some.AppEvent("b1", "bob")));
        await harness.EmitAsync(Some.AppEvent("c1", "cid"));

        harness.Counters[SinkCounter.DroppedAfterRetries].ShouldBe(2);
        harness.Transport.Calls[1].Single().Batch.UserIdentities!.CustomerId.ShouldBe("cid");
    }

    [Fact]
    public async Task ARejectedBatchIsDroppedReportedOnceAndNotRetried()
    {
        using var selfLog = new SelfLogCollector();
        using var harness = new SinkHarness();
        harness.Transport.Decide = (batch, call) =>
            batch.Batch.UserIdentities!.CustomerId == "bad" ? SealedBatchState.Rejected : SealedBatchState.Delivered;

        await harness.EmitAsync(Some.AppEvent("x", "bad"), Some.AppEvent("y", "bad"), Some.AppEvent("z", "good"));

        harness.Counters[SinkCounter.DroppedRejected].ShouldBe(2);
        var rejected = harness.Transport.Calls[0][0];
        selfLog.Text.ShouldContain($"mParticle rejected batch {rejected.SourceRequestId} (2 log events)");
        selfLog.Text.ShouldContain("\"event_type\" is missing");
    }

    [Fact]
    public async Task IgnoredAndDroppedLogEventsAreCountedOnceAcrossRetries()
    {
        using var harness = new SinkHarness();
        harness.Transport.Decide = (_, call) => call == 0 ? SealedBatchState.Pending : SealedBatchState.Delivered;
        var ignored = Some.LogEvent("Just a log line");
        var anonymous = Some.LogEvent("{MpEventType}", "navigation");
        var mapped = Some.AppEvent("a1", "ann");

        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(ignored, anonymous, mapped));
        await harness.EmitAsync(ignored, anonymous, mapped);

        harness.Counters[SinkCounter.LogEventsReceived].ShouldBe(3);
        harness.Counters[SinkCounter.LogEventsIgnored].ShouldBe(1);
        harness.Counters[SinkCounter.DroppedWithoutIdentity].ShouldBe(1);
        harness.Counters[SinkCounter.LogEventsMapped].ShouldBe(1);
    }

    [Fact]
    public async Task APeriodicBatchWithNothingToSendMakesNoRequest()
    {
        using var harness = new SinkHarness();

        await harness.EmitAsync(Some.LogEvent("Just a log line"));

        harness.Transport.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheCountersAreReportedThroughSelfLogWithWhatToDo()
    {
        using var selfLog = new SelfLogCollector();
        using var harness = new SinkHarness();

        await harness.EmitAsync(Some.LogEvent("{MpEventType}", "navigation"), Some.LogEvent("{MpEventType} {UserId} {Note}", "other", "u", new string('n', 5000)));

        selfLog.Text.ShouldContain("1 events dropped without any identity (set IdentityProperties, MpUserIdentities or FallbackIdentities)");
        selfLog.Text.ShouldContain("1 values cut to 4096 characters");
    }

    [Fact]
    public async Task LogEventsStillUndeliveredAtDisposalAreCountedAndReported()
    {
        using var selfLog = new SelfLogCollector();
        var harness = new SinkHarness();
        harness.Transport.Decide = (_, _) => SealedBatchState.Pending;
        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(Some.AppEvent("a1", "ann"), Some.AppEvent("a2", "ann")));

        harness.Dispose();

        harness.Counters[SinkCounter.DroppedAtShutdown].ShouldBe(2);
        selfLog.Text.ShouldContain("2 log events were not delivered at shutdown (0 still queued, 2 in batches mParticle had not accepted)");
    }

    [Fact]
    public void DisposingTheSinkDisposesItsTransport()
    {
        var harness = new SinkHarness();

        harness.Dispose();

        harness.Transport.Disposed.ShouldBeTrue();
    }
}
