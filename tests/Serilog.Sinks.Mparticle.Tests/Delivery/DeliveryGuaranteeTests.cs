using System.Net;
using Microsoft.Extensions.Time.Testing;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Delivery;

/// <summary>The sink's own retry limit, gate, reports and shutdown, over a fake transport and a fake clock.</summary>
[Collection(SelfLogCollection.Name)]
public class DeliveryGuaranteeTests
{
    static SendReport Throttled(TimeSpan? retryAfter) =>
        new(SendStop.Throttled, (HttpStatusCode)429, retryAfter, "org", "mParticle answered 429");

    static SendReport Refused() => new(SendStop.Credentials, HttpStatusCode.Forbidden, null, null, "mParticle answered 403");

    [Fact]
    public async Task ABatchStillFailingAfterTheRetryTimeLimitIsDroppedCountedAndReportedOnce()
    {
        using var selfLog = new SelfLogCollector();
        var time = new FakeTimeProvider();
        using var harness = new SinkHarness(o => o.RetryTimeLimit = TimeSpan.FromMinutes(10), time);
        harness.Transport.Decide = (_, _) => SealedBatchState.Pending;
        var a1 = Some.AppEvent("a1", "ann");
        var a2 = Some.AppEvent("a2", "ann");

        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1, a2));
        time.Advance(TimeSpan.FromMinutes(9));
        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1, a2));
        time.Advance(TimeSpan.FromMinutes(1));
        await harness.EmitAsync(a1, a2);

        harness.Transport.Calls.Count.ShouldBe(2);
        harness.Counters[SinkCounter.DroppedAfterRetries].ShouldBe(2);
        selfLog.Text.ShouldContain("(2 log events) could not be delivered within the retry time limit of 00:10:00 and is dropped");
    }

    [Fact]
    public async Task WhileMparticleSaysToWaitLongerThanAMinuteNothingIsSentAndSerilogIsAskedToRetryLater()
    {
        var time = new FakeTimeProvider();
        using var harness = new SinkHarness(time: time);
        harness.Transport.Decide = (_, call) => call == 0 ? SealedBatchState.Pending : SealedBatchState.Delivered;
        harness.Transport.Report = call => call == 0 ? Throttled(TimeSpan.FromSeconds(120)) : SendReport.Completed;
        var a1 = Some.AppEvent("a1", "ann");

        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1));
        time.Advance(TimeSpan.FromSeconds(50));
        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1));
        harness.Transport.Calls.Count.ShouldBe(1);

        time.Advance(TimeSpan.FromSeconds(71));
        await harness.EmitAsync(a1);

        harness.Transport.Calls.Count.ShouldBe(2);
        harness.Transport.Calls[1].ShouldHaveSingleItem().ShouldBeSameAs(harness.Transport.Calls[0][0]);
    }

    [Fact]
    public async Task AShortRetryAfterIsWaitedOutBeforeTheNextSend()
    {
        var time = new FakeTimeProvider();
        using var harness = new SinkHarness(time: time);
        harness.Transport.Decide = (_, call) => call == 0 ? SealedBatchState.Pending : SealedBatchState.Delivered;
        harness.Transport.Report = call => call == 0 ? Throttled(TimeSpan.FromSeconds(5)) : SendReport.Completed;
        var a1 = Some.AppEvent("a1", "ann");
        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1));

        var retry = harness.EmitAsync(a1);
        await Task.Delay(50);
        retry.IsCompleted.ShouldBeFalse();
        harness.Transport.Calls.Count.ShouldBe(1);
        time.Advance(TimeSpan.FromSeconds(5));
        await retry.WaitAsync(TimeSpan.FromSeconds(10));

        harness.Transport.Calls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task WithoutRetryAfterTheGateBacksOffLongerAfterEachThrottledSend()
    {
        var time = new FakeTimeProvider();
        var gate = new SendGate(time, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));

        var waits = Enumerable.Range(0, 6).Select(_ => gate.Close(retryAfter: null)).ToList();

        waits[0].ShouldBeInRange(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        waits[1].ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        waits[2].ShouldBeInRange(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        waits[5].ShouldBeInRange(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8));
        gate.Remaining.ShouldBeGreaterThanOrEqualTo(waits.Max() - TimeSpan.FromTicks(1));
        gate.Reset();
        gate.Close(retryAfter: null).ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task RefusedCredentialsAreReportedWithTheFixAtMostOncePerIntervalAndTheEventsKept()
    {
        using var selfLog = new SelfLogCollector();
        var time = new FakeTimeProvider();
        using var harness = new SinkHarness(time: time, reportInterval: TimeSpan.FromMinutes(1));
        harness.Transport.Decide = (_, _) => SealedBatchState.Pending;
        harness.Transport.Report = _ => Refused();
        var a1 = Some.AppEvent("a1", "ann");

        for (var i = 0; i < 3; i++)
        {
            await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1));
            time.Advance(TimeSpan.FromSeconds(10));
        }

        time.Advance(TimeSpan.FromMinutes(1));
        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(a1));

        var lines = selfLog.Lines.Where(l => l.Contains("mParticle refused the credentials", StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBe(2);
        lines[0].ShouldContain("(403 Forbidden): check the API key and secret of the mParticle input (and the pod or server URL). 1 log events are kept and retried until the retry time limit of 00:30:00, then dropped.");
        lines[1].ShouldContain("(2 similar messages since the last one.)");
        harness.Transport.Calls.Count.ShouldBe(4);
    }

    [Fact]
    public async Task DuringShutdownAFailedSendIsKeptInsteadOfThrownSoSerilogHandsOverTheRestOfItsQueue()
    {
        using var selfLog = new SelfLogCollector();
        var harness = new SinkHarness();
        harness.Transport.Decide = (_, _) => SealedBatchState.Pending;
        harness.Sink.BeginShutdown();

        await harness.EmitAsync(Some.AppEvent("a1", "ann"));
        await harness.EmitAsync(Some.AppEvent("b1", "bob"), Some.AppEvent("b2", "bob"));
        harness.Dispose();

        // The second call tried the carried batch again; disposal does not try once more (the flush just did).
        harness.Transport.Calls.Select(c => c.Count).ShouldBe([1, 2]);
        harness.Counters[SinkCounter.DroppedAtShutdown].ShouldBe(3);
        selfLog.Text.ShouldContain("3 log events were not delivered at shutdown (0 still queued, 3 in batches mParticle had not accepted) within the shutdown timeout of 10 s");
    }

    [Fact]
    public async Task ABatchWaitingForItsRetryWhenShutdownBeginsIsSentAtDisposal()
    {
        // Serilog's flush at shutdown only reads its queue: with the queue empty, the batch waiting for its
        // retry is never handed to the sink again. The sink sends it itself.
        var harness = new SinkHarness();
        harness.Transport.Decide = (_, call) => call == 0 ? SealedBatchState.Pending : SealedBatchState.Delivered;
        await Should.ThrowAsync<MparticleDeliveryException>(() => harness.EmitAsync(Some.AppEvent("a1", "ann")));

        harness.Sink.BeginShutdown();
        harness.Dispose();

        harness.Transport.Calls.Count.ShouldBe(2);
        harness.Transport.Calls[1].ShouldHaveSingleItem().ShouldBeSameAs(harness.Transport.Calls[0][0]);
        harness.Counters[SinkCounter.DroppedAtShutdown].ShouldBe(0);
        harness.Counters[SinkCounter.BatchesDelivered].ShouldBe(0); // counted by the real transport only
    }

    [Fact]
    public async Task AfterTheShutdownTimeoutNothingIsSentAndEverythingLeftIsCounted()
    {
        var time = new FakeTimeProvider();
        var harness = new SinkHarness(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3), time);
        harness.Sink.BeginShutdown();
        time.Advance(TimeSpan.FromSeconds(3));

        await harness.EmitAsync(Some.AppEvent("a1", "ann"), Some.AppEvent("b1", "bob"));
        harness.Dispose();

        harness.Transport.Calls.ShouldBeEmpty();
        harness.Counters[SinkCounter.DroppedAtShutdown].ShouldBe(2);
    }
}
