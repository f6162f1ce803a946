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
        Func<int, string, HttpStatusCode> answer, PackingLimits? limits = null, TimeSpan? retryAfter = null)
    {
        var handler = new AnsweringHandler(answer) { RetryAfter = retryAfter };
        var configuration = new global::Mparticle.Configuration("key", SecretValue)
        {
            BaseUrl = "http://127.0.0.1:9/v2",
            Retry = new RetryOptions { Enabled = false },
        };
        if (limits is not null)
            configuration.Limits = limits;
        return (new EventsApiTransport(new EventsApi(configuration, handler), configuration.Limits, new SinkCounters()), handler);
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
    public async Task AnOversizedBatchIsSentInPartsWhoseIdsAreTheSameOnEveryResend()
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
        secondIds.Count.ShouldBeGreaterThan(2);
        secondIds.Take(firstIds.Count).ShouldBe(firstIds);
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

    static List<string> RequestIds(IEnumerable<string> bodies) =>
        bodies.SelectMany(body => Regex.Matches(body, "\"source_request_id\":\"([^\"]+)\"").Select(m => m.Groups[1].Value)).ToList();
}
