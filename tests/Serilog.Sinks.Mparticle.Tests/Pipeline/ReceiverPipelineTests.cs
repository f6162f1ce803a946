using System.Collections.Concurrent;
using Mparticle;
using Mparticle.Testing;
using Serilog.Context;
using Serilog.Core;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Pipeline;

/// <summary>
/// A real Serilog pipeline (LoggerConfiguration, BatchingSink, the sink, EventsApi, HTTP) into the local
/// receiver. No test waits on the batching timer (the period is an hour): a periodic batch is emitted when it
/// reaches its size limit, which each test sets to the number of log events it writes, and the test waits
/// for the receiver to have the requests before disposing the logger.
/// </summary>
[Collection(SelfLogCollection.Name)]
public class ReceiverPipelineTests
{
    const string ApiKey = "pipeline-key";
    const string ApiSecret = "pipeline-secret";

    internal static Task<MparticleReceiver> StartReceiverAsync() =>
        MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = ApiKey, ApiSecret = ApiSecret });

    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    internal static Logger CreateLogger(MparticleReceiver receiver, int logEvents, Action<MparticleSinkOptions>? configure = null) =>
        new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .Enrich.FromLogContext()
            .WriteTo.Mparticle(ApiKey, ApiSecret, options =>
            {
                options.ServerUrl = receiver.BaseUrl;
                options.Environment = MparticleEnvironment.Development;
                options.Period = TimeSpan.FromHours(1);
                options.BatchSizeLimit = logEvents;
                configure?.Invoke(options);
            })
            .CreateLogger();

    [Fact]
    public async Task RepresentativeEventsArriveAsExactlyThisJson()
    {
        await using var receiver = await StartReceiverAsync();
        using (var logger = CreateLogger(receiver, logEvents: 5, o => o.Rules.Add(new MparticleMappingRule
        {
            MessageTemplate = "Order {OrderId} placed by {UserId} for {Total}",
            EventName = "Order Placed",
            EventType = "transaction",
        })))
        {
            using (LogContext.PushProperty(MparticleProperties.MpUserIdentities, new UserIdentities { CustomerId = "ann", Email = "ann@example.com" }, destructureObjects: true))
            using (LogContext.PushProperty(MparticleProperties.MpUserAttributes, new Dictionary<string, object> { ["plan"] = "gold" }, destructureObjects: true))
            {
                logger.Information("{MpEventType} {MpEventName} {Category} {Price}", "navigation", "Viewed Product", "socks", 9.99m);
                logger.Information("{MpEventType} {MpEventName}", "screen_view", "Checkout");
                logger.Information("Purchased {@MpProductAction} in {MpCurrencyCode}", new ProductAction(ProductActionType.Purchase)
                {
                    TransactionId = "T-1",
                    TotalAmount = 19.98m,
                    Products = { new Product("sku-1", "Socks") { Price = 9.99m, Quantity = 2 } },
                }, "EUR");
                logger.Information("Not an mParticle event: {Detail}", "ignored");
            }

            logger.Information("Order {OrderId} placed by {UserId} for {Total}", 1001, "bob", 42.5m);
            await receiver.WaitForRequestsAsync(1, Patience);
        }

        var request = receiver.Requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/v2/bulkevents");
        request.StatusCode.ShouldBe(202);
        WireJson.NormalizeLive(request.Body!).ShouldBe(WireJson.Normalize("""
            [
              {
                "environment": "development",
                "source_request_id": "request-1",
                "user_identities": {"customer_id": "ann", "email": "ann@example.com"},
                "user_attributes": {"plan": "gold"},
                "events": [
                  {"event_type": "custom_event",
                   "data": {"event_name": "Viewed Product", "custom_event_type": "navigation", "timestamp_unixtime_ms": TS,
                            "source_message_id": "message-2", "custom_attributes": {"Category": "socks", "Price": 9.99}}},
                  {"event_type": "screen_view",
                   "data": {"screen_name": "Checkout", "timestamp_unixtime_ms": TS, "source_message_id": "message-3"}},
                  {"event_type": "commerce_event",
                   "data": {"product_action": {"action": "purchase", "transaction_id": "T-1", "total_amount": 19.98,
                                               "products": [{"id": "sku-1", "name": "Socks", "price": 9.99, "quantity": 2}]},
                            "currency_code": "EUR", "timestamp_unixtime_ms": TS, "source_message_id": "message-4"}}
                ]
              },
              {
                "environment": "development",
                "source_request_id": "request-5",
                "user_identities": {"customer_id": "bob"},
                "events": [
                  {"event_type": "custom_event",
                   "data": {"event_name": "Order Placed", "custom_event_type": "transaction", "timestamp_unixtime_ms": TS,
                            "source_message_id": "message-6", "custom_attributes": {"OrderId": 1001, "Total": 42.5}}}
                ]
              }
            ]
            """.Replace("TS", "0", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EachUserOfAPeriodicBatchArrivesAsOneBatchWithItsEventsInOrder()
    {
        await using var receiver = await StartReceiverAsync();
        using (var logger = CreateLogger(receiver, logEvents: 15))
        {
            for (var i = 0; i < 5; i++)
            {
                foreach (var user in new[] { "ann", "bob", "cid" })
                    logger.ForContext("UserId", user).Information("{MpEventType} {MpEventName} {Step}", "navigation", "Step", i);
            }

            await receiver.WaitForRequestsAsync(1, Patience);
        }

        var batches = receiver.Batches;
        batches.Select(b => b.UserIdentities!.CustomerId).ShouldBe(["ann", "bob", "cid"]);
        foreach (var batch in batches)
            batch.Events.Select(e => e.CustomAttributes["Step"]).ShouldBe(Enumerable.Range(0, 5).Select(i => (AttributeValue)i));
        receiver.Requests.ShouldHaveSingleItem().BatchCount.ShouldBe(3);
    }

    [Fact]
    public async Task ManyUsersLoggingAtOnceAreDeliveredCompletelyAndApartInCompliantRequests()
    {
        const int users = 1000;
        const int eventsPerUser = 3;
        await using var receiver = await StartReceiverAsync();
        using (var logger = CreateLogger(receiver, logEvents: users * eventsPerUser))
        {
            Parallel.For(0, users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, user =>
            {
                using (LogContext.PushProperty("UserId", $"user-{user:0000}"))
                {
                    for (var i = 0; i < eventsPerUser; i++)
                        logger.Information("{MpEventType} {MpEventName} {Sequence}", "other", "Tick", i);
                }
            });

            await receiver.WaitForRequestsAsync(users / 100, Patience);
        }

        receiver.Requests.Count.ShouldBe(users / 100);
        receiver.Requests.ShouldAllBe(r => r.StatusCode == 202 && r.BatchCount == 100 && r.Bytes < 256_000 && r.DuplicateCount == 0);
        var batches = receiver.Batches;
        batches.Count.ShouldBe(users);
        batches.Select(b => b.UserIdentities!.CustomerId).Distinct().Count().ShouldBe(users);
        foreach (var batch in batches)
            batch.Events.Select(e => e.CustomAttributes["Sequence"]).ShouldBe([(AttributeValue)0, 1, 2]);
        batches.SelectMany(b => b.Events).Select(e => e.SourceMessageId).Distinct().Count().ShouldBe(users * eventsPerUser);
    }

    [Fact]
    public async Task WrongCredentialsAreReportedThroughSelfLogWithoutTheSecretAndNeverThrown()
    {
        using var selfLog = new SelfLogCollector();
        await using var receiver = await StartReceiverAsync();
        var logger = new LoggerConfiguration()
            .WriteTo.Mparticle(ApiKey, "not-the-secret-xyz", o =>
            {
                o.ServerUrl = receiver.BaseUrl;
                o.Period = TimeSpan.FromHours(1);
            })
            .CreateLogger();

        Should.NotThrow(() => logger.ForContext("UserId", "ann").Information("{MpEventType} {MpEventName}", "other", "Opened"));
        logger.Dispose();

        receiver.Requests.ShouldHaveSingleItem().StatusCode.ShouldBe(403);
        receiver.Batches.ShouldBeEmpty();
        selfLog.Text.ShouldContain("mParticle refused the credentials (403 Forbidden): check the API key and secret");
        selfLog.Text.ShouldNotContain("not-the-secret-xyz");
    }
}
