using Microsoft.Extensions.Time.Testing;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Faults;

public class RateLimitTests
{
    [Fact]
    public async Task BatchesOverTheLimitInOneSecondAreAnswered429WithRetryAfterUntilTheNextSecond()
    {
        var time = new FakeTimeProvider();
        await using var receiver = await MparticleReceiver.StartAsync(new() { BatchesPerSecondLimit = 5, TimeProvider = time });
        using var client = new ReceiverClient(receiver);
        var three = Some.Bulk(Some.Batch("a"), Some.Batch("b"), Some.Batch("c"));

        using (var first = await client.PostAsync("bulkevents", three))
        {
            ((int)first.StatusCode).ShouldBe(202);
            first.Headers.GetValues("X-mp-rate-limit-percentage-used").Single().ShouldBe("60");
        }

        time.Advance(TimeSpan.FromMilliseconds(400));
        using (var second = await client.PostAsync("bulkevents", three))
        {
            ((int)second.StatusCode).ShouldBe(429);
            second.Headers.GetValues("Retry-After").Single().ShouldBe("1");
            second.Headers.GetValues("X-mp-rate-limit-exceeded").Single().ShouldBe("org");
        }

        (await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("d"), Some.Batch("e")))).Status.ShouldBe(202);
        time.Advance(TimeSpan.FromMilliseconds(600));
        (await client.PostForTextAsync("bulkevents", three)).Status.ShouldBe(202);

        receiver.Statistics.BatchCount.ShouldBe(8);
        receiver.Requests[1].Fault.ShouldBe("rate limit 5 batches/s");
    }

    [Fact]
    public async Task TheLimitCountsBatchesNotRequests()
    {
        var time = new FakeTimeProvider();
        await using var receiver = await MparticleReceiver.StartAsync(new() { TimeProvider = time });
        using var client = new ReceiverClient(receiver);
        receiver.Faults.LimitRate(10);
        var statuses = new List<int>();

        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a"), Some.Batch("b"), Some.Batch("c")))).Status);
        }

        statuses.ShouldBe([202, 202, 202, 429]);
    }

    [Fact]
    public async Task ARequestLargerThanTheWholeLimitIsAdmittedAloneInItsSecond()
    {
        var time = new FakeTimeProvider();
        await using var receiver = await MparticleReceiver.StartAsync(new() { BatchesPerSecondLimit = 2, TimeProvider = time });
        using var client = new ReceiverClient(receiver);
        var three = Some.Bulk(Some.Batch("a"), Some.Batch("b"), Some.Batch("c"));

        (await client.PostForTextAsync("bulkevents", three)).Status.ShouldBe(202);
        (await client.PostForTextAsync("events", Some.Batch())).Status.ShouldBe(429);
    }

    [Fact]
    public async Task RemovingTheLimitLetsEverythingThrough()
    {
        var time = new FakeTimeProvider();
        await using var receiver = await MparticleReceiver.StartAsync(new() { BatchesPerSecondLimit = 1, TimeProvider = time });
        using var client = new ReceiverClient(receiver);
        await client.PostForTextAsync("events", Some.Batch());

        receiver.Faults.LimitRate(null);

        (await client.PostForTextAsync("events", Some.Batch())).Status.ShouldBe(202);
    }

    [Fact]
    public async Task UnderRealTimeALimitedReceiverAcceptsAboutTheLimitPerSecond()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { BatchesPerSecondLimit = 50 });
        using var client = new ReceiverClient(receiver);
        var accepted = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(1.5))
        {
            if ((await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a"), Some.Batch("b")))).Status == 202)
            {
                accepted += 2;
            }
        }

        // 1.5 s spans two or three one-second windows of 50 batches each.
        accepted.ShouldBeInRange(50, 150);
        receiver.Statistics.RequestCountsByStatus[429].ShouldBeGreaterThan(0);
    }
}
