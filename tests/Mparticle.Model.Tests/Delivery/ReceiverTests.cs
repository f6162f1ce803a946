using System.Net;
using Mparticle.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Delivery;

/// <summary>The client against the local receiver: real HTTP on 127.0.0.1, strict validation, real faults.</summary>
public class ReceiverTests
{
    private const string Key = "receiver-key";
    private const string Secret = "receiver-secret-value";

    [Fact]
    public async Task EveryPackedRequestOfAHugeSingleUserBatchIsAcceptedWithEveryEventOnce()
    {
        await using var receiver = await Start();
        using var api = new EventsApi(Configuration(receiver));
        var batch = Sample.Batch("huge-user", events: 8_000, attributeLength: 100);

        var packed = new BatchPacker().Pack([batch, Sample.Batch("small-user", events: 3)]);
        foreach (var request in packed.Requests)
        {
            (await api.BulkUploadEventsAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        packed.SplitBatches.ShouldBe(1);
        receiver.Statistics.InvalidBatchCount.ShouldBe(0);
        receiver.Statistics.DuplicateCount.ShouldBe(0);
        receiver.EventsFor("huge-user").Select(e => e.SourceMessageId).ShouldBe(batch.Events.Select(e => e.SourceMessageId));
        receiver.EventsFor("small-user").Count.ShouldBe(3);
    }

    [Fact]
    public async Task A429WithRetryAfterIsWaitedOutAndTheBatchArrivesOnce()
    {
        await using var receiver = await Start();
        receiver.Faults.Next(ReceiverFault.TooManyRequests(TimeSpan.FromSeconds(1)));
        using var api = new EventsApi(Configuration(receiver));
        var batch = Sample.Batch("user-429", events: 2);

        var started = DateTimeOffset.UtcNow;
        var result = await api.UploadEventsAsync(batch);

        (DateTimeOffset.UtcNow - started).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        result.Attempts.ShouldBe(2);
        result.RateLimitPercentageUsed.ShouldBeNull(); // the receiver reports usage only under a rate limit
        receiver.Batches.ShouldHaveSingleItem().SourceRequestId.ShouldBe(batch.SourceRequestId);
    }

    [Fact]
    public async Task ADroppedConnectionIsRetriedWithTheSameIds()
    {
        await using var receiver = await Start();
        receiver.Faults.Next(ReceiverFault.DropConnection());
        using var api = new EventsApi(Configuration(receiver));
        var batches = Sample.Batches(3);

        await api.BulkUploadEventsAsync(batches);

        receiver.Statistics.DuplicateCount.ShouldBe(0);
        receiver.Batches.Select(b => b.SourceRequestId).ShouldBe(batches.Select(b => b.SourceRequestId));
    }

    [Fact]
    public async Task A413IsAnsweredBySendingTheHalves()
    {
        await using var receiver = await Start();
        receiver.Faults.Next(ReceiverFault.Status(413));
        using var api = new EventsApi(Configuration(receiver));
        var batches = Sample.Batches(4);

        var result = await api.BulkUploadEventsAsync(batches);

        result.Requests.ShouldBe(2);
        receiver.Batches.Select(b => b.SourceRequestId).ShouldBe(batches.Select(b => b.SourceRequestId));
    }

    [Fact]
    public async Task WrongCredentialsAreA403ThatIsNotRetried()
    {
        await using var receiver = await Start();
        var configuration = Configuration(receiver);
        configuration.ApiSecret = "not-the-secret";
        using var api = new EventsApi(configuration);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.UploadEventsAsync(Sample.Batch()));

        exception.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        exception.IsTransient.ShouldBeFalse();
        receiver.Requests.Count.ShouldBe(1);
        exception.ToString().ShouldNotContain("not-the-secret");
    }

    [Fact]
    public async Task TheReceiversBadRequestDetailsReachTheException()
    {
        await using var receiver = await Start();
        receiver.Faults.Next(ReceiverFault.Status(400));
        using var api = new EventsApi(Configuration(receiver));

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.UploadEventsAsync(Sample.Batch()));

        exception.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        exception.IsTransient.ShouldBeFalse();
        exception.Attempts.ShouldBe(1);
    }

    private static Task<MparticleReceiver> Start() =>
        MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = Key, ApiSecret = Secret });

    private static Configuration Configuration(MparticleReceiver receiver)
    {
        var configuration = new Configuration(Key, Secret) { BaseUrl = receiver.BaseUrl };
        configuration.Retry.InitialBackoff = TimeSpan.FromMilliseconds(10);
        return configuration;
    }
}
