using System.Net;

namespace Mparticle.Testing.Tests.RoundTrip;

/// <summary>Our client, <see cref="EventsApi"/>, against the receiver: the real wire in both directions.</summary>
public class EventsApiRoundTripTests
{
    private static readonly MparticleReceiverOptions Credentials = new() { ApiKey = "key", ApiSecret = "secret" };

    [Fact]
    public async Task BatchesSentByEventsApiArriveAsTheSameModelObjectsUnderStrictValidation()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        using var api = Client(receiver);
        var sent = new[] { UserBatch("alice", 3), UserBatch("bob", 1) };

        var result = await api.BulkUploadEventsAsync(sent);

        result.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        result.RateLimitPercentageUsed.ShouldBeNull(); // reported only under a rate limit
        receiver.Batches.Select(MparticleJson.Serialize).ShouldBe(sent.Select(MparticleJson.Serialize));
        receiver.EventsFor("alice").Count.ShouldBe(4);
        receiver.EventsFor("alice").OfType<CommerceEvent>().Single().ProductAction!.Products.Single().Price.ShouldBe(9.99m);
        receiver.Statistics.EventCountsByType[EventType.CustomEvent].ShouldBe(4);
        receiver.Requests.Single().Headers["Content-Type"].ShouldStartWith("application/json");
    }

    [Fact]
    public async Task OneBatchOnTheEventsPathGetsIdsThatTheReceiverSees()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        using var api = Client(receiver);
        var batch = UserBatch("carol", 1);

        await api.UploadEventsAsync(batch);

        receiver.Requests.Single().Path.ShouldBe("/v2/events");
        var received = receiver.Batches.Single();
        received.SourceRequestId.ShouldNotBeNullOrEmpty();
        received.SourceRequestId.ShouldBe(batch.SourceRequestId);
        received.Events.ShouldAllBe(e => e.SourceMessageId != null);
    }

    [Fact]
    public async Task TheClientRetries5xxAndTheReceiverRecordsTheBatchOnceWithTheSameId()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        receiver.Faults.Next(ReceiverFault.Status(503)).Next(ReceiverFault.Status(502));
        using var api = Client(receiver);

        var result = await api.BulkUploadEventsAsync([UserBatch("dave", 2)]);

        result.Attempts.ShouldBe(3);
        receiver.Requests.Select(r => r.StatusCode).ShouldBe([503, 502, 202]);
        receiver.Requests.Select(r => r.Body).Distinct().Count().ShouldBe(1);
        receiver.Statistics.BatchCount.ShouldBe(1);
    }

    [Fact]
    public async Task TheClientHonoursRetryAfterOnA429()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        receiver.Faults.Next(ReceiverFault.TooManyRequests(TimeSpan.FromSeconds(1)));
        using var api = Client(receiver);

        var result = await api.BulkUploadEventsAsync([UserBatch("erin", 1)]);

        result.Attempts.ShouldBe(2);
        var requests = receiver.Requests;
        (requests[1].ReceivedAt - requests[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task AClientTimeoutOnASlowAnswerIsRetriedAndTheReceiverCountsTheRetryAsADuplicate()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        receiver.Faults.Next(ReceiverFault.SlowResponse(TimeSpan.FromSeconds(30)));
        using var api = Client(receiver, requestTimeout: TimeSpan.FromSeconds(1));

        var result = await api.BulkUploadEventsAsync([UserBatch("frank", 2)]);

        result.Attempts.ShouldBe(2);
        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Statistics.DuplicateCount.ShouldBe(1);
    }

    [Fact]
    public async Task ADroppedConnectionIsRetried()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        receiver.Faults.Next(ReceiverFault.DropConnection());
        using var api = Client(receiver);

        var result = await api.BulkUploadEventsAsync([UserBatch("gina", 1)]);

        result.Attempts.ShouldBe(2);
        receiver.Statistics.BatchCount.ShouldBe(1);
    }

    [Fact]
    public async Task WrongCredentialsAre403AndNotRetried()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        using var api = new EventsApi(new Configuration("key", "wrong") { BaseUrl = receiver.BaseUrl, Retry = FastRetry() });

        var error = await Should.ThrowAsync<MparticleApiException>(() => api.BulkUploadEventsAsync([UserBatch("hank", 1)]));

        error.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        receiver.Statistics.RequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task ManyUsersPackedByBatchPackerAllArriveWithinTheLimits()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        using var api = Client(receiver);
        var batches = Enumerable.Range(0, 250).Select(i => UserBatch("user-" + i, 2, padding: 1500)).ToList();

        var packed = new BatchPacker().Pack(batches);
        foreach (var request in packed.Requests)
        {
            await api.BulkUploadEventsAsync(request);
        }

        packed.Rejections.ShouldBeEmpty();
        receiver.Statistics.RequestCountsByStatus.Keys.ShouldBe([202]);
        receiver.Statistics.BatchCount.ShouldBe(250);
        receiver.Statistics.EventCount.ShouldBe(750);
        receiver.Requests.ShouldAllBe(r => r.Bytes < 256_000 && r.BatchCount <= 100);
    }

    [Fact]
    public async Task HistoricalUploadsArriveMarkedHistorical()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Credentials);
        using var api = Client(receiver);
        var batch = UserBatch("ivy", 1);
        foreach (var e in batch.Events)
        {
            e.Timestamp = DateTimeOffset.UtcNow.AddDays(-40);
        }

        await api.BulkUploadHistoricalEventsAsync([batch]);

        receiver.Batches.Single().SourceInfo!.IsHistorical.ShouldBe(true);
    }

    private static EventsApi Client(MparticleReceiver receiver, TimeSpan? requestTimeout = null) =>
        new(new Configuration("key", "secret")
        {
            BaseUrl = receiver.BaseUrl,
            Retry = FastRetry(),
            RequestTimeout = requestTimeout ?? Configuration.DefaultRequestTimeout,
        });

    private static RetryOptions FastRetry() => new() { InitialBackoff = TimeSpan.FromMilliseconds(10), MaxBackoff = TimeSpan.FromMilliseconds(50) };

    private static Batch UserBatch(string customerId, int appEvents, int padding = 0)
    {
        var batch = new Batch
        {
            Environment = MparticleEnvironment.Development,
            UserIdentities = new UserIdentities { CustomerId = customerId, Email = customerId + "@example.com" },
        };
        batch.UserAttributes["plan"] = "pro";
        for (var i = 0; i < appEvents; i++)
        {
            var e = new AppEvent("Clicked " + i, CustomEventType.Navigation) { Timestamp = DateTimeOffset.UtcNow };
            e.CustomAttributes["button"] = "buy";
            e.CustomAttributes["count"] = i;
            if (padding > 0)
            {
                e.CustomAttributes["padding"] = new string('p', padding);
            }

            batch.Events.Add(e);
        }

        var purchase = new CommerceEvent(new ProductAction(ProductActionType.Purchase) { TransactionId = "t-" + customerId, TotalAmount = 9.99m });
        purchase.ProductAction!.Products.Add(new Product("sku-1", "Mug") { Price = 9.99m, Quantity = 1 });
        batch.Events.Add(purchase);
        return batch;
    }
}
