using Microsoft.Extensions.Logging;
using Mparticle.Extensions.Logging.Tests.Readme;
using Mparticle.Extensions.Logging.Tests.Support;
using Serilog.Sinks.Mparticle;

namespace Mparticle.Extensions.Logging.Tests.Pipeline;

/// <summary>
/// ILogger -> Serilog.Extensions.Logging 10.0.0 -> the Mparticle sink -> HTTP -> the local receiver: the exact JSON
/// mParticle would receive for every call.
/// </summary>
public class ReceiverPipelineTests
{
    public static TheoryData<SerilogWiring> Wirings => [SerilogWiring.LoggingBuilder, SerilogWiring.SerilogLoggerFactory];

    [Theory]
    [MemberData(nameof(Wirings))]
    public async Task EveryCallArrivesAsExactlyThisJson(SerilogWiring wiring)
    {
        await using var receiver = await ReceiverPipeline.RunAsync(logger =>
        {
            using (logger.BeginMparticleUser(Some.Ann(), mpid: 7))
            {
                EveryCall.Log(logger);
            }

            return Task.CompletedTask;
        }, wiring);

        ReceiverPipeline.UserBatches(receiver).ShouldBe(SerilogCapture.Json(
            """
            [
              {
                "environment": "development",
                "source_request_id": "request-1",
                "user_identities": {"customer_id": "ann", "email": "ann@example.com"},
                "mpid": 7,
                "user_attributes": {"plan": "gold", "tags": ["a", "b"]},
                "deleted_user_attributes": ["trial_end"],
                "events": [
                  {"event_type": "custom_event", "data": {"event_name": "Example", "custom_event_type": "navigation", "timestamp_unixtime_ms": 0, "source_message_id": "message-2", "custom_attributes": {"foo": "bar", "count": 3}}},
                  {"event_type": "custom_event", "data": {"event_name": "Priced", "custom_event_type": "transaction", "timestamp_unixtime_ms": 0, "source_message_id": "message-3", "custom_attributes": {"price": 9.99, "ratio": 0.5, "paid": true, "note": null}}},
                  {"event_type": "screen_view", "data": {"screen_name": "Checkout", "timestamp_unixtime_ms": 0, "source_message_id": "message-4", "custom_attributes": {"step": 2}}},
                  {"event_type": "commerce_event", "data": {"product_action": {"action": "purchase", "transaction_id": "T-1001", "total_amount": 19.98, "products": [{"id": "sku-1", "name": "Socks", "price": 9.99, "quantity": 2}]}, "timestamp_unixtime_ms": 0, "source_message_id": "message-5", "custom_attributes": {"coupon": "none"}}},
                  {"event_type": "commerce_event", "data": {"promotion_action": {"action": "click", "promotions": [{"id": "summer", "name": "Summer sale", "position": "banner"}]}, "timestamp_unixtime_ms": 0, "source_message_id": "message-6"}},
                  {"event_type": "commerce_event", "data": {"currency_code": "EUR", "screen_name": "Search", "product_impressions": [{"product_impression_list": "Search results", "products": [{"id": "sku-2", "name": "Hat"}]}], "timestamp_unixtime_ms": 0, "source_message_id": "message-7", "session_uuid": "session-1", "custom_attributes": {"query": "hat", "page": 2}, "custom_flags": {"flag": true}}},
                  {"event_type": "session_start", "data": {"timestamp_unixtime_ms": 0, "source_message_id": "message-8", "session_uuid": "session-1"}},
                  {"event_type": "session_end", "data": {"session_duration_ms": 300000, "timestamp_unixtime_ms": 0, "source_message_id": "message-9", "session_uuid": "session-1"}},
                  {"event_type": "application_state_transition", "data": {"application_transition_type": "application_initialized", "is_first_run": true, "is_upgrade": false, "timestamp_unixtime_ms": 0, "source_message_id": "message-10"}},
                  {"event_type": "application_state_transition", "data": {"application_transition_type": "application_background", "timestamp_unixtime_ms": 0, "source_message_id": "message-11"}}
                ]
              }
            ]
            """));

        // The id the application gave its commerce event is kept (the normalized text shows only placeholders).
        receiver.Batches.SelectMany(b => b.Events).Select(e => e.SourceMessageId).ShouldContain(Some.Impressions().SourceMessageId);
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public async Task NestedUserScopesAndConcurrentUsersArriveAsTheirOwnBatches(SerilogWiring wiring)
    {
        const int Users = 20;
        await using var receiver = await ReceiverPipeline.RunAsync(async logger =>
        {
            using (logger.BeginMparticleUser(Some.Ann()))
            {
                logger.LogAppEvent("Outer", CustomEventType.Navigation);
                using (logger.BeginMparticleUser(Some.Bob(), mpid: 8))
                    logger.LogAppEvent("Inner", CustomEventType.Navigation);
                logger.LogAppEvent("Outer again", CustomEventType.Navigation);
            }

            await Task.WhenAll(Enumerable.Range(0, Users).Select(async user =>
            {
                using (logger.BeginMparticleUser(new UserIdentities { CustomerId = "user-" + user }))
                {
                    for (var step = 0; step < 3; step++)
                    {
                        await Task.Yield();
                        logger.LogAppEvent("Step", CustomEventType.Navigation, ("user", "user-" + user), ("step", step));
                    }
                }
            }));
        }, wiring);

        var batches = receiver.Batches;
        var byUser = batches.GroupBy(b => (b.UserIdentities!.CustomerId, b.Mpid))
            .ToDictionary(g => g.Key, g => g.SelectMany(b => b.Events).Cast<AppEvent>().ToList());
        byUser[("ann", null)].Select(e => e.EventName).ShouldBe(["Outer", "Outer again"]);
        byUser[("bob", 8)].Select(e => e.EventName).ShouldBe(["Inner"]);
        batches.Single(b => b.UserIdentities!.CustomerId == "bob").UserIdentities!.Email.ShouldBeNull();
        for (var user = 0; user < Users; user++)
        {
            var events = byUser[("user-" + user, null)];
            events.Select(e => e.CustomAttributes["user"].ToString()).ShouldAllBe(u => u == "user-" + user);
            events.Select(e => e.CustomAttributes["step"]).ShouldBe([0, 1, 2]);
        }
    }

    [Fact]
    public async Task AnOrdinaryLogCallARuleMapsBelongsToTheScopesUser()
    {
        await using var receiver = await ReceiverPipeline.RunAsync(logger =>
        {
            using (logger.BeginMparticleUser(Some.Ann()))
                logger.LogInformation("Order {OrderId} shipped to {City}", 1001, "Paris");
            return Task.CompletedTask;
        }, configure: options => options.Rules.Add(new MparticleMappingRule
        {
            MessageTemplate = "Order {OrderId} shipped to {City}",
            EventName = "Order Shipped",
            EventType = MparticleEventKinds.Transaction,
        }));

        ReceiverPipeline.UserBatches(receiver).ShouldBe(SerilogCapture.Json(
            """
            [
              {
                "environment": "development",
                "source_request_id": "request-1",
                "user_identities": {"customer_id": "ann", "email": "ann@example.com"},
                "events": [
                  {"event_type": "custom_event", "data": {"event_name": "Order Shipped", "custom_event_type": "transaction", "timestamp_unixtime_ms": 0, "source_message_id": "message-2", "custom_attributes": {"OrderId": 1001, "City": "Paris"}}}
                ]
              }
            ]
            """));
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public async Task AUserScopeWinsOverAnIdentityPropertyOfTheLogCall(SerilogWiring wiring)
    {
        // An admin refunds Ann's order: the UserId in the line is the admin's, the event is Ann's.
        await using var receiver = await ReceiverPipeline.RunAsync(logger =>
        {
            using (logger.BeginMparticleUser(Some.Ann()))
                logger.LogInformation("Order {OrderId} refunded by {UserId}", 1001, "admin-7");
            return Task.CompletedTask;
        }, wiring, options => options.Rules.Add(new MparticleMappingRule
        {
            MessageTemplate = "Order {OrderId} refunded by {UserId}",
            EventName = "Order Refunded",
            EventType = MparticleEventKinds.Transaction,
        }));

        var batch = receiver.Batches.ShouldHaveSingleItem();
        batch.UserIdentities!.CustomerId.ShouldBe("ann");
        batch.UserIdentities.Email.ShouldBe("ann@example.com");
        batch.Events.ShouldHaveSingleItem().ShouldBeOfType<AppEvent>().EventName.ShouldBe("Order Refunded");
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public async Task AWholeCommerceEventArrivesWithItsOwnTimeAndLocation(SerilogWiring wiring)
    {
        // A purchase recorded earlier (an offline till synced later) and logged now keeps its own time and place.
        var purchasedAt = DateTimeOffset.UtcNow.AddHours(-3);
        var purchase = new CommerceEvent(Some.Purchase())
        {
            Timestamp = purchasedAt,
            Location = new GeoLocation(52.52, 13.405) { Accuracy = 25, CityName = "Berlin" },
            IsGoalDefined = true,
            EventStartUnixtimeMs = purchasedAt.AddMinutes(-2).ToUnixTimeMilliseconds(),
            CustomEventType = CommerceEventType.Purchase,
        };

        await using var receiver = await ReceiverPipeline.RunAsync(logger =>
        {
            using (logger.BeginMparticleUser(Some.Ann()))
            {
                logger.LogCommerceEvent(purchase);
                logger.LogCommerceEvent(new CommerceEvent(Some.Purchase()));
            }

            return Task.CompletedTask;
        }, wiring);

        var events = receiver.Batches.SelectMany(b => b.Events).Cast<CommerceEvent>().ToList();
        events.Count.ShouldBe(2);
        events[0].TimestampUnixtimeMs.ShouldBe(purchasedAt.ToUnixTimeMilliseconds());
        var location = events[0].Location.ShouldNotBeNull();
        location.Latitude.ShouldBe(52.52);
        location.Longitude.ShouldBe(13.405);
        location.Accuracy.ShouldBe(25);
        location.CityName.ShouldBe("Berlin");
        events[0].IsGoalDefined.ShouldBe(true);
        events[0].EventStartUnixtimeMs.ShouldBe(purchase.EventStartUnixtimeMs);
        events[0].CustomEventType.ShouldBe(CommerceEventType.Purchase);
        events[0].ProductAction!.TransactionId.ShouldBe("T-1001");

        // Without a time of its own, the event time is the log call's: within the last minutes, not three hours ago.
        events[1].Timestamp.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        events[1].Location.ShouldBeNull();
    }

    [Fact]
    public async Task ALoggerMessageMethodArrivesAsTheEventItsEventIdNames()
    {
        await using var receiver = await ReceiverPipeline.RunAsync(logger =>
        {
            using (logger.BeginMparticleUser(Some.Bob()))
            {
                ShopLog.CheckoutCompleted(logger, "o-1", 12.50m, CustomEventType.Transaction);
                ShopLog.Refunded(logger, new ProductAction(ProductActionType.Refund) { TransactionId = "T-1001" }, "damaged");
            }

            return Task.CompletedTask;
        });

        ReceiverPipeline.UserBatches(receiver).ShouldBe(SerilogCapture.Json(
            """
            [
              {
                "environment": "development",
                "source_request_id": "request-1",
                "user_identities": {"customer_id": "bob"},
                "events": [
                  {"event_type": "custom_event", "data": {"event_name": "Checkout Completed", "custom_event_type": "transaction", "timestamp_unixtime_ms": 0, "source_message_id": "message-2", "custom_attributes": {"OrderId": "o-1", "Total": 12.50}}},
                  {"event_type": "commerce_event", "data": {"product_action": {"action": "refund", "transaction_id": "T-1001"}, "timestamp_unixtime_ms": 0, "source_message_id": "message-3", "custom_attributes": {"Reason": "damaged"}}}
                ]
              }
            ]
            """));
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public async Task AUserScopesAttributesTravelWithItsEventsAndACallInsideWins(SerilogWiring wiring)
    {
        await using var receiver = await ReceiverPipeline.RunAsync(logger =>
        {
            using (logger.BeginMparticleUser(Some.Ann(), new Dictionary<string, object?> { ["plan"] = "gold", ["seats"] = 3 }))
            {
                logger.LogAppEvent("Example", CustomEventType.Navigation);
                logger.LogUserAttributes(new Dictionary<string, object?> { ["plan"] = "platinum" });
            }

            return Task.CompletedTask;
        }, wiring);

        ReceiverPipeline.UserBatches(receiver).ShouldBe(SerilogCapture.Json(
            """
            [
              {
                "environment": "development",
                "source_request_id": "request-1",
                "user_identities": {"customer_id": "ann", "email": "ann@example.com"},
                "user_attributes": {"plan": "platinum", "seats": 3},
                "events": [
                  {"event_type": "custom_event", "data": {"event_name": "Example", "custom_event_type": "navigation", "timestamp_unixtime_ms": 0, "source_message_id": "message-2"}}
                ]
              }
            ]
            """));
    }
}
