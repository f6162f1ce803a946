using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using Mparticle;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Delivery;

[Collection(SelfLogCollection.Name)]
public class EventsApiTransportTests
{
    const string SecretValue = "s3cr3t-value-42";

    static (EventsApiTransport Transport, AnsweringHandler Handler) Create(
        Func<int, string, HttpStatusCode> answer, PackingLimits? limits = null, TimeSpan? retryAfter = null, TimeProvider? time = null, SinkCounters? counters = null)
    {
        var handler = new AnsweringHandler(answer) { RetryAfter = retryAfter };
        var configuration = new global::Mparticle.Configuration("key", SecretValue)
        {
            BaseUrl = "http://127.0.0.1:9/v2",
            Retry = new RetryOptions { Enabled = false },
            TimeProvider = time ?? TimeProvider.System,
        };
        if (limits is not null)
            configuration.Limits = limits;
        return (new EventsApiTransport(new EventsApi(configuration, handler), configuration.Limits, counters ?? new SinkCounters()), handler);
    }

    static SealedBatch Sealed(string user, int events = 1, int attributeLength = 10)
    {
        var batch = new Batch
        {
            Environment = MparticleEnvironment.Development,
            SourceRequestId = Guid.NewGuid().ToString(),
            UserIdentities = new UserIdentities { CustomerId = user },
        };
        for (var i = 0; i < events; i++)
        {
            var appEvent = new AppEvent($"e{i}", CustomEventType.Other) { SourceMessageId = Guid.NewGuid().ToString() };
            appEvent.CustomAttributes["pad"] = new string('p', attributeLength);
            batch.Events.Add(appEvent);
        }

        return new SealedBatch(batch, events);
    }

    [Fact]
    public async Task AcceptedBatchesAreDelivered()
    {
        var (transport, handler) = Create((_, _) => HttpStatusCode.Accepted);
        var batches = new[] { Sealed("ann"), Sealed("bob") };

        await transport.SendAsync(batches, CancellationToken.None);

        batches.ShouldAllBe(b => b.State == SealedBatchState.Delivered);
        handler.Bodies.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task ABadRequestRejectsTheBatchesOfThatRequestWithMparticlesMessage()
    {
        var (transport, _) = Create((_, _) => HttpStatusCode.BadRequest);
        var batch = Sealed("ann");

        await transport.SendAsync([batch], CancellationToken.None);

        batch.State.ShouldBe(SealedBatchState.Rejected);
        batch.RejectionReason.ShouldBe("BAD_REQUEST: Required event field \"event_type\" is missing or empty.");
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task TransientAndCredentialFailuresLeaveTheBatchesPending(HttpStatusCode status)
    {
        using var selfLog = new SelfLogCollector();
        var (transport, _) = Create((_, _) => status);
        var batch = Sealed("ann");

        await transport.SendAsync([batch], CancellationToken.None);

        batch.State.ShouldBe(SealedBatchState.Pending);
        selfLog.Text.ShouldNotContain(SecretValue);
    }

    [Fact]
    public async Task ANetworkFailureLeavesTheBatchesPending()
    {
        var (transport, _) = Create((_, _) => throw new HttpRequestException("connection refused"));
        var batch = Sealed("ann");

        await transport.SendAsync([batch], CancellationToken.None);

        batch.State.ShouldBe(SealedBatchState.Pending);
    }

    [Fact]
    public async Task AnOversizedBatchIsSentInPartsWhoseIdsAreTheSameOnEveryResendAndPartsThatArrivedAreNotSentAgain()
    {
        var limits = new PackingLimits(maxBatchBytes: 2_000, maxRequestBytes: 2_002);
        var (transport, handler) = Create((index, _) => index == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.Accepted, limits);
        var batch = Sealed("ann", events: 8, attributeLength: 400);

        var report = await transport.SendAsync([batch], CancellationToken.None);
        batch.State.ShouldBe(SealedBatchState.Pending);
        report.Stop.ShouldBe(SendStop.Unavailable);
        var firstBodies = handler.Bodies.Count;
        var firstIds = RequestIds(handler.Bodies);

        await transport.SendAsync([batch], CancellationToken.None);

        batch.State.ShouldBe(SealedBatchState.Delivered);
        firstBodies.ShouldBe(2); // the send stopped at the first failure
        var secondIds = RequestIds(handler.Bodies.Skip(firstBodies));
        secondIds.Count.ShouldBeGreaterThan(1);
        secondIds[0].ShouldBe(firstIds[1]); // the part that failed, with its id
        secondIds.ShouldNotContain(firstIds[0]); // the part that arrived is not sent again
        secondIds.Distinct().Count().ShouldBe(secondIds.Count);
    }

    [Fact]
    public async Task AnEventTooLargeToSendIsRecordedOnceHoweverOftenItsBatchIsPacked()
    {
        var limits = new PackingLimits(maxBatchBytes: 2_000, maxRequestBytes: 2_002);
        var (transport, _) = Create((_, _) => HttpStatusCode.ServiceUnavailable, limits);
        var batch = Sealed("ann", events: 2, attributeLength: 10);
        ((AppEvent)batch.Batch.Events[1]).CustomAttributes["pad"] = new string('p', 3_000);

        await transport.SendAsync([batch], CancellationToken.None);
        await transport.SendAsync([batch], CancellationToken.None);

        batch.TakeOversized().Count.ShouldBe(1);
        batch.TakeOversized().Count.ShouldBe(0);
    }

    [Fact]
    public async Task ABadRequestIsBisectedUntilTheBadBatchIsAloneThenOnlyThatBatchIsRejected()
    {
        var (transport, handler) = Create((_, body) => body.Contains("poison", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.Accepted);
        var batches = Enumerable.Range(0, 8).Select(i => Sealed(i == 5 ? "poison" : $"user-{i}")).ToArray();

        var report = await transport.SendAsync(batches, CancellationToken.None);

        report.Stop.ShouldBe(SendStop.None);
        batches.Where((_, i) => i != 5).ShouldAllBe(b => b.State == SealedBatchState.Delivered);
        batches[5].State.ShouldBe(SealedBatchState.Rejected);
        batches[5].RejectionReason.ShouldBe("BAD_REQUEST: Required event field \"event_type\" is missing or empty.");

        // All 8; then 0-3 and 4-7; 4-7 splits into 4-5 (then 4, 5) and 6-7.
        handler.Bodies.Count.ShouldBe(7);
        handler.Bodies.Count(b => b.Contains("poison", StringComparison.Ordinal)).ShouldBe(4);
    }

    [Fact]
    public async Task TwoBadBatchesInOneRequestAreBothIsolatedAndTheRestDelivered()
    {
        var (transport, _) = Create((_, body) => body.Contains("poison", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.Accepted);
        var batches = Enumerable.Range(0, 10).Select(i => Sealed(i is 0 or 9 ? $"poison-{i}" : $"user-{i}")).ToArray();

        await transport.SendAsync(batches, CancellationToken.None);

        batches.Count(b => b.State == SealedBatchState.Rejected).ShouldBe(2);
        batches[0].State.ShouldBe(SealedBatchState.Rejected);
        batches[9].State.ShouldBe(SealedBatchState.Rejected);
        batches.Count(b => b.State == SealedBatchState.Delivered).ShouldBe(8);
    }

    [Fact]
    public async Task ASendStopsAtTheFirstTransientFailureAndKeepsTheBatchesNotYetTried()
    {
        var limits = new PackingLimits(maxBatchesPerRequest: 2);
        var (transport, handler) = Create((index, _) => index == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.Accepted, limits);
        var batches = Enumerable.Range(0, 6).Select(i => Sealed($"user-{i}")).ToArray();

        var report = await transport.SendAsync(batches, CancellationToken.None);

        report.Stop.ShouldBe(SendStop.Unavailable);
        handler.Bodies.Count.ShouldBe(2);
        batches.Select(b => b.State).ShouldBe([
            SealedBatchState.Delivered, SealedBatchState.Delivered, SealedBatchState.Pending,
            SealedBatchState.Pending, SealedBatchState.Pending, SealedBatchState.Pending]);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, "Throttled")]
    [InlineData(HttpStatusCode.Unauthorized, "Credentials")]
    [InlineData(HttpStatusCode.Forbidden, "Credentials")]
    [InlineData(HttpStatusCode.InternalServerError, "Unavailable")]
    [InlineData(HttpStatusCode.NotFound, "Unexpected")]
    public async Task TheReportSaysWhyTheSendStopped(HttpStatusCode status, string stop)
    {
        var expected = Enum.Parse<SendStop>(stop);
        var (transport, handler) = Create((_, _) => status, new PackingLimits(maxBatchesPerRequest: 1), retryAfter: TimeSpan.FromSeconds(7));

        var report = await transport.SendAsync([Sealed("ann"), Sealed("bob")], CancellationToken.None);

        report.Stop.ShouldBe(expected);
        report.StatusCode.ShouldBe(status);
        handler.Bodies.Count.ShouldBe(1);
        if (status == HttpStatusCode.TooManyRequests)
            report.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task ABatchWhoseUserDataAloneIsTooLargeIsRejectedAsTooLargeWithoutARequest()
    {
        var limits = new PackingLimits(maxBatchBytes: 2_000, maxRequestBytes: 2_002);
        var (transport, handler) = Create((_, _) => HttpStatusCode.Accepted, limits);
        var batch = Sealed("ann");
        batch.Batch.UserAttributes["huge"] = new string('h', 3_000);

        await transport.SendAsync([batch], CancellationToken.None);

        batch.State.ShouldBe(SealedBatchState.Rejected);
        batch.RejectedAsTooLarge.ShouldBeTrue();
        handler.Bodies.ShouldBeEmpty();
    }

    [Fact]
    public async Task ARefusedPartOfASplitBatchIsBisectedDownToTheRefusedEventAndEveryOtherEventArrivesOnce()
    {
        var limits = new PackingLimits(maxBatchBytes: 2_000, maxRequestBytes: 2_002);
        var (transport, handler) = Create((_, body) => body.Contains("poison", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.Accepted, limits);
        var batch = Sealed("ann", events: 12, attributeLength: 400);
        ((AppEvent)batch.Batch.Events[7]).EventName = "poison";

        var report = await transport.SendAsync([batch], CancellationToken.None);

        report.Stop.ShouldBe(SendStop.None);
        batch.State.ShouldBe(SealedBatchState.Delivered);
        batch.TakeRefused().ShouldBe((1, "BAD_REQUEST: Required event field \"event_type\" is missing or empty."));
        batch.RemainingLogEvents.ShouldBe(11);
        var arrived = MessageIds(handler.Bodies.Where(b => !b.Contains("poison", StringComparison.Ordinal)));
        arrived.Order().ShouldBe(batch.Batch.Events.Where((_, i) => i != 7).Select(e => e.SourceMessageId!).Order());
        RequestIds(handler.Bodies).Distinct().Count().ShouldBe(handler.Bodies.Count); // no request sent twice with the same id
    }

    [Fact]
    public async Task IsolatingAgainAfterTheSendStoppedGivesTheHalvesTheSameIdsAndSkipsWhatArrived()
    {
        var limits = new PackingLimits(maxBatchBytes: 2_000, maxRequestBytes: 2_002);
        var stopAt = 3;
        var (transport, handler) = Create(
            (index, body) => index == stopAt ? HttpStatusCode.ServiceUnavailable
                : body.Contains("poison", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.Accepted,
            limits);
        var batch = Sealed("ann", events: 12, attributeLength: 400);
        ((AppEvent)batch.Batch.Events[1]).EventName = "poison";

        (await transport.SendAsync([batch], CancellationToken.None)).Stop.ShouldBe(SendStop.Unavailable);
        batch.State.ShouldBe(SealedBatchState.Pending);
        var first = handler.Bodies.ToList();
        stopAt = -1;
        (await transport.SendAsync([batch], CancellationToken.None)).Stop.ShouldBe(SendStop.None);

        batch.State.ShouldBe(SealedBatchState.Delivered);
        batch.TakeRefused().Count.ShouldBe(1);
        var second = handler.Bodies.Skip(first.Count).ToList();
        // Parts of 3 events, one per request. First: part 0 refused; its halves [e0] arrived, [e1, e2] refused; [e1] failed (503).
        first.Count.ShouldBe(4);
        // Then: part 0 refused again; [e0] is not sent again; [e1, e2] and [e1] get the ids they had; [e2]; parts 1 to 3.
        second.Count.ShouldBe(7);
        var (firstIds, secondIds) = (RequestIds(first), RequestIds(second));
        secondIds[0].ShouldBe(firstIds[0]);
        secondIds[1].ShouldBe(firstIds[2]);
        secondIds[2].ShouldBe(firstIds[3]);
        var accepted = first.Concat(second).Where(b => !b.Contains("poison", StringComparison.Ordinal));
        MessageIds(accepted).Order().ShouldBe(batch.Batch.Events.Where((_, i) => i != 1).Select(e => e.SourceMessageId!).Order());
    }

    [Fact]
    public async Task WhenEveryEventIsRefusedTheSearchStopsAfterItsRequestLimitAndTheBatchIsRejected()
    {
        var (transport, handler) = Create((_, body) => body.Contains("poison", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.Accepted);
        var batch = Sealed("poison-user", events: 300);
        var other = Sealed("ann", events: 3);

        await transport.SendAsync([batch, other], CancellationToken.None);

        batch.State.ShouldBe(SealedBatchState.Rejected);
        batch.TakeRefused().Count.ShouldBe(300);
        other.State.ShouldBe(SealedBatchState.Delivered);
        // The request, its two halves of users, then at most the isolation's own limit.
        handler.Bodies.Count.ShouldBeLessThanOrEqualTo(3 + EventIsolation.MaxRequests);
        handler.Bodies.Count.ShouldBeGreaterThan(3 + EventIsolation.MaxRequests / 2);
    }

    [Fact]
    public async Task AUserWithoutEventsWhoseDataIsRefusedIsRejectedWhole()
    {
        var (transport, handler) = Create((_, _) => HttpStatusCode.BadRequest);
        var batch = Sealed("ann", events: 0);
        batch.Batch.UserAttributes["plan"] = "gold";

        await transport.SendAsync([batch], CancellationToken.None);

        batch.State.ShouldBe(SealedBatchState.Rejected);
        handler.Bodies.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task ARequestAfterOneThatReportedTheRateLimitUsedUpWaitsTheRateWindowOnTheGatesClock()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var counters = new SinkCounters();
        var (transport, handler) = Create((_, _) => HttpStatusCode.Accepted, new PackingLimits(maxBatchesPerRequest: 1), time: time, counters: counters);
        handler.PercentageUsed = index => index == 0 ? 100 : 50;
        var gate = new SendGate(time, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));
        var batches = new[] { Sealed("ann"), Sealed("bob"), Sealed("cyd") };

        var sending = transport.SendAsync(batches, gate, CancellationToken.None);
        await WaitUntilAsync(() => handler.Bodies.Count == 1);
        var advanced = TimeSpan.Zero;
        while (!sending.IsCompleted && advanced < TimeSpan.FromSeconds(5))
        {
            // The pause is timed from the answer, after the body was seen: time advanced before it does not count.
            if (advanced < TimeSpan.FromSeconds(1))
                handler.Bodies.Count.ShouldBe(1, $"the second request came after {advanced}");
            time.Advance(TimeSpan.FromMilliseconds(100));
            advanced += TimeSpan.FromMilliseconds(100);
            await Task.Delay(5);
        }

        (await sending).Stop.ShouldBe(SendStop.None);
        handler.Bodies.Count.ShouldBe(3);
        counters[SinkCounter.SendsPaced].ShouldBe(1); // 50 % after the second: the third went at once
        gate.LastPercentUsed.ShouldBe(50);
    }

    [Fact]
    public async Task WithoutAGateNothingIsPaced()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var counters = new SinkCounters();
        var (transport, handler) = Create((_, _) => HttpStatusCode.Accepted, new PackingLimits(maxBatchesPerRequest: 1), time: time, counters: counters);
        handler.PercentageUsed = _ => 100;

        await transport.SendAsync([Sealed("ann"), Sealed("bob")], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        handler.Bodies.Count.ShouldBe(2);
        counters[SinkCounter.SendsPaced].ShouldBe(0);
    }

    static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(10);
        condition().ShouldBeTrue();
    }

    static List<string> MessageIds(IEnumerable<string> bodies) =>
        bodies.SelectMany(body => Regex.Matches(body, "\"source_message_id\":\"([^\"]+)\"").Select(m => m.Groups[1].Value)).ToList();

    static List<string> RequestIds(IEnumerable<string> bodies) =>
        bodies.SelectMany(body => Regex.Matches(body, "\"source_request_id\":\"([^\"]+)\"").Select(m => m.Groups[1].Value)).ToList();
}
