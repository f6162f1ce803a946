using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Delivery;

public class RetryTests
{
    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ATransientStatusIsRetriedUntilItSucceeds(int status)
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(status)).Then(Reply.Status(status)).Then(Reply.Accepted("10"));
        using var api = TestApi.Create(handler, time);

        var result = await api.SendAsync(TestApi.Request(), default);

        handler.Requests.Count.ShouldBe(3);
        result.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        result.Attempts.ShouldBe(3);
        result.RateLimitPercentageUsed.ShouldBe(10);
    }

    [Fact]
    public async Task EveryRetrySendsTheIdenticalBytes()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(503)).Then(Reply.Status(429)).Then(Reply.Status(500));
        using var api = TestApi.Create(handler, time);

        await api.SendAsync(TestApi.Request("[{\"source_request_id\":\"abc\"}]"), default);

        handler.Requests.Count.ShouldBe(4);
        handler.Requests.ShouldAllBe(r => r.BodyText == "[{\"source_request_id\":\"abc\"}]");
    }

    [Fact]
    public async Task RetryAfterInSecondsIsWaitedExactly()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(429, retryAfter: "7", rateLimitExceeded: "\"org\""));
        var waits = new List<TimeSpan>();
        using var api = TestApi.Create(handler, time, waits);

        await api.SendAsync(TestApi.Request(), default);

        waits.ShouldBe([TimeSpan.FromSeconds(7)]);
        (handler.Requests[1].At - handler.Requests[0].At).ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task RetryAfterAsAnHttpDateIsWaitedUntilThatTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var date = time.GetUtcNow().AddSeconds(20).ToString("r", CultureInfo.InvariantCulture);
        var handler = new ScriptedHandler(time).Then(Reply.Status(503, retryAfter: date));
        var waits = new List<TimeSpan>();
        using var api = TestApi.Create(handler, time, waits);

        await api.SendAsync(TestApi.Request(), default);

        waits.ShouldBe([TimeSpan.FromSeconds(20)]);
        (handler.Requests[1].At - handler.Requests[0].At).ShouldBe(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task WithoutRetryAfterTheWaitIsAJitteredExponentialBackoff()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(429)).Then(Reply.Status(503)).Then(Reply.Status(500)).Then(Reply.Status(502));
        var waits = new List<TimeSpan>();
        var configuration = TestApi.Configuration(time, retry => retry.MaxBackoff = TimeSpan.FromSeconds(5));
        using var api = TestApi.Create(handler, time, waits, jitter: 0.5, configuration);

        await api.SendAsync(TestApi.Request(), default);

        // Ceilings 1 s, 2 s, 4 s, then capped at 5 s; full jitter fixed at one half.
        waits.ShouldBe([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5)]);
    }

    [Fact]
    public async Task WhenAttemptsRunOutTheLastFailureIsThrownAsTransientWithItsHeaders()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, (_, _) => Task.FromResult(Reply.Status(429, retryAfter: "3", rateLimitExceeded: "\"org\"")));
        using var api = TestApi.Create(handler, time, configuration: TestApi.Configuration(time, retry => retry.MaxAttempts = 3));

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        handler.Requests.Count.ShouldBe(3);
        exception.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        exception.IsTransient.ShouldBeTrue();
        exception.Attempts.ShouldBe(3);
        exception.RetryAfter.ShouldBe(TimeSpan.FromSeconds(3));
        exception.RateLimitExceeded.ShouldBe("org");
        exception.Message.ShouldContain("Gave up after 3 attempts");
        exception.Message.ShouldContain("rate limit exceeded: org");
    }

    [Fact]
    public async Task ARetryAfterBeyondTheTimeBudgetStopsAtOnceAndReportsIt()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(429, retryAfter: "300"));
        using var api = TestApi.Create(handler, time);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        handler.Requests.Count.ShouldBe(1);
        exception.IsTransient.ShouldBeTrue();
        exception.RetryAfter.ShouldBe(TimeSpan.FromSeconds(300));
        exception.Message.ShouldContain("retry time budget");
    }

    [Fact]
    public async Task TheTimeBudgetBoundsTheWholeCall()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, (_, _) => Task.FromResult(Reply.Status(503, retryAfter: "4")));
        var configuration = TestApi.Configuration(time, retry =>
        {
            retry.MaxAttempts = 100;
            retry.MaxElapsedTime = TimeSpan.FromSeconds(10);
        });
        using var api = TestApi.Create(handler, time, configuration: configuration);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        // Sent at 0, 4 and 8 s; a wait to 12 s would pass the 10 s budget.
        handler.Requests.Count.ShouldBe(3);
        exception.Attempts.ShouldBe(3);
    }

    [Fact]
    public async Task WithRetriesDisabledATransientFailureIsThrownAfterOneAttempt()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(503));
        using var api = TestApi.Create(handler, time, configuration: TestApi.Configuration(time, retry => retry.Enabled = false));

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        handler.Requests.Count.ShouldBe(1);
        exception.IsTransient.ShouldBeTrue();
        exception.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task CancellationDuringABackoffStopsAtOnce()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, (_, _) => Task.FromResult(Reply.Status(503, retryAfter: "30")));
        using var api = new EventsApi(TestApi.Configuration(time), handler, null, () => 0.5);
        using var cancellation = new CancellationTokenSource();
        var waiting = new TaskCompletionSource<TimeSpan>();
        api.Sender.WaitObserver = wait => waiting.TrySetResult(wait);

        var upload = api.SendAsync(TestApi.Request(), cancellation.Token);
        (await waiting.Task.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(TimeSpan.FromSeconds(30));
        cancellation.Cancel();

        await Should.ThrowAsync<OperationCanceledException>(() => upload.WaitAsync(TimeSpan.FromSeconds(10)));
        handler.Requests.Count.ShouldBe(1);
        time.GetUtcNow().ShouldBe(handler.Requests[0].At, "no fake time passed: the wait ended because of the cancellation");
    }

    [Fact]
    public async Task AnAlreadyCancelledCallSendsNothing()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time);
        using var api = TestApi.Create(handler, time);

        await Should.ThrowAsync<OperationCanceledException>(() => api.SendAsync(TestApi.Request(), new CancellationToken(canceled: true)));

        handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A413HalfThatFailsTransientlyIsRetriedOnItsOwn()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(413)).Then(Reply.Accepted()).Then(Reply.Status(503)).Then(Reply.Accepted());
        using var api = TestApi.Create(handler, time);
        var whole = new WireRequest(MparticleEndpoints.BulkEvents, "[1,2]"u8.ToArray(), () => [TestApi.Request("[1]"), TestApi.Request("[2]")]);

        var result = await api.SendAsync(whole, default);

        handler.Requests.Select(r => r.BodyText).ShouldBe(["[1,2]", "[1]", "[2]", "[2]"]);
        result.Requests.ShouldBe(2);
    }
}
