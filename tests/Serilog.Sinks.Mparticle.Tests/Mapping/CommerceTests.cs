using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Mapping;

public class CommerceTests
{
    readonly MapperHarness _harness = new();

    static ProductAction Purchase() => new(ProductActionType.Purchase)
    {
        TransactionId = "T-100",
        TotalAmount = 59.97m,
        TaxAmount = 4.5m,
        CouponCode = "SPRING",
        CheckoutStep = 2,
        Products =
        {
            new Product("sku-1", "Socks") { Price = 9.99m, Quantity = 3, Brand = "Acme", Position = 1, CustomAttributes = { ["size"] = "M" } },
            new Product("sku-2", "Hat") { Price = 30m, Quantity = 1 },
        },
    };

    [Fact]
    public void ADestructuredProductActionMakesACommerceEventWithoutAMarker()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "Bought {@MpProductAction} in {MpCurrencyCode}", Purchase(), "EUR"));

        var commerce = mapping.Event.ShouldBeOfType<CommerceEvent>();
        commerce.CurrencyCode.ShouldBe("EUR");
        var action = commerce.ProductAction.ShouldNotBeNull();
        action.Action.ShouldBe(ProductActionType.Purchase);
        action.TransactionId.ShouldBe("T-100");
        action.TotalAmount.ShouldBe(59.97m);
        action.TaxAmount.ShouldBe(4.5m);
        action.CouponCode.ShouldBe("SPRING");
        action.CheckoutStep.ShouldBe(2);
        action.Products.Count.ShouldBe(2);
        action.Products[0].Id.ShouldBe("sku-1");
        action.Products[0].Name.ShouldBe("Socks");
        action.Products[0].Price.ShouldBe(9.99m);
        action.Products[0].Quantity.ShouldBe(3m);
        action.Products[0].Brand.ShouldBe("Acme");
        action.Products[0].Position.ShouldBe(1);
        action.Products[0].CustomAttributes["size"].ShouldBe("M");
        action.Products[1].Name.ShouldBe("Hat");
        commerce.CustomAttributes.Keys.ShouldNotContain(MparticleProperties.MpCurrencyCode);
    }

    [Fact]
    public void AProductActionWrittenAsADictionaryWithJsonNamesIsReadTheSame()
    {
        var payload = new Dictionary<string, object>
        {
            ["action"] = "remove_from_wish_list",
            ["transaction_id"] = "T-7",
            ["total_amount"] = "12.50",
            ["products"] = new[] { new Dictionary<string, object> { ["id"] = "sku-9", ["price"] = 12.5, ["quantity"] = 1 } },
        };

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {@MpProductAction}", "commerce_event", payload));

        var action = mapping.Event.ShouldBeOfType<CommerceEvent>().ProductAction.ShouldNotBeNull();
        action.Action.ShouldBe(ProductActionType.RemoveFromWishlist);
        action.TransactionId.ShouldBe("T-7");
        action.TotalAmount.ShouldBe(12.50m);
        action.Products.Single().Id.ShouldBe("sku-9");
        action.Products.Single().Price.ShouldBe(12.5m);
    }

    [Fact]
    public void AnAnonymousObjectCanCarryTheProductAction()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{@MpProductAction}",
            new { Action = ProductActionType.AddToCart, Products = new[] { new { Sku = "s-1", Name = "Mug", Price = 5 } } }));

        var action = mapping.Event.ShouldBeOfType<CommerceEvent>().ProductAction.ShouldNotBeNull();
        action.Action.ShouldBe(ProductActionType.AddToCart);
        action.Products.Single().Id.ShouldBe("s-1");
        action.Products.Single().Price.ShouldBe(5m);
    }

    [Fact]
    public void ADestructuredPromotionActionMakesAPromotionEvent()
    {
        var promotion = new PromotionAction(PromotionActionType.Click)
        {
            Promotions = { new Promotion("p-1", "Spring sale") { Creative = "banner", Position = "top" } },
        };

        var mapping = _harness.MapOne(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{@MpPromotionAction}", promotion));

        var action = mapping.Event.ShouldBeOfType<CommerceEvent>().PromotionAction.ShouldNotBeNull();
        action.Action.ShouldBe(PromotionActionType.Click);
        action.Promotions.Single().Id.ShouldBe("p-1");
        action.Promotions.Single().Name.ShouldBe("Spring sale");
        action.Promotions.Single().Creative.ShouldBe("banner");
        action.Promotions.Single().Position.ShouldBe("top");
    }

    [Fact]
    public void DestructuredImpressionsMakeAnImpressionEvent()
    {
        var impression = new ProductImpression("Search results") { Products = { new Product("sku-1", "Socks"), new Product("sku-2", "Hat") } };

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{@MpProductImpressions}", new[] { impression }));

        var impressions = mapping.Event.ShouldBeOfType<CommerceEvent>().ProductImpressions;
        impressions.Single().ProductImpressionList.ShouldBe("Search results");
        impressions.Single().Products.Select(p => p.Id).ShouldBe(["sku-1", "sku-2"]);
    }

    [Fact]
    public void AWholeDestructuredCommerceEventKeepsItsParts()
    {
        var commerce = new CommerceEvent(Purchase())
        {
            CurrencyCode = "USD",
            ScreenName = "Checkout",
            IsNonInteractive = true,
            ShoppingCart = new ShoppingCart { Products = { new Product("sku-3", "Scarf") } },
        };

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventName} {@MpCommerceEvent}", "Order completed", commerce));

        var result = mapping.Event.ShouldBeOfType<CommerceEvent>();
        result.EventName.ShouldBe("Order completed");
        result.CurrencyCode.ShouldBe("USD");
        result.ScreenName.ShouldBe("Checkout");
        result.IsNonInteractive.ShouldBe(true);
        result.ProductAction!.TransactionId.ShouldBe("T-100");
        result.ShoppingCart!.Products.Single().Id.ShouldBe("sku-3");
        result.PromotionAction.ShouldBeNull();
        result.ProductImpressions.ShouldBeEmpty();
    }

    [Fact]
    public void ACommerceMarkerWithoutAPayloadIsDroppedAndCounted()
    {
        _harness.Map(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{MpEventType}", "commerce_event")).ShouldBeNull();

        _harness.Counters[SinkCounter.DroppedMappingFailed].ShouldBe(1);
    }

    [Fact]
    public void AProductActionWithoutAnActionIsDroppedAndCounted()
    {
        _harness.Map(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{@MpProductAction}", new { TransactionId = "T" })).ShouldBeNull();

        _harness.Counters[SinkCounter.DroppedMappingFailed].ShouldBe(1);
    }

    [Fact]
    public void AWholeCommerceEventKeepsItsOwnTimeLocationAndOtherEventFields()
    {
        var recorded = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);
        var whole = new CommerceEvent(Purchase())
        {
            Timestamp = recorded,
            Location = new GeoLocation(48.8566, 2.3522) { Accuracy = 10, CityName = "Paris", DmaCode = 7 },
            DeviceCurrentState = new DeviceCurrentState { BatteryLevel = 0.5, DeviceOrientation = DeviceOrientation.Landscape },
            SessionStartUnixtimeMs = 1_700_000_000_000,
            EventStartUnixtimeMs = 1_700_000_000_500,
            IsGoalDefined = true,
            LifetimeValueChange = true,
            LifetimeValueAttributeName = "ltv",
            DataConnectionType = "wifi",
            EventNum = 4,
            ViewController = "Checkout",
            IsMainThread = false,
            CanonicalName = "purchase",
            CustomEventType = CommerceEventType.Purchase,
        };

        var commerce = _harness.MapOne(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{@MpCommerceEvent}", whole))
            .Event.ShouldBeOfType<CommerceEvent>();

        commerce.Timestamp.ShouldBe(recorded);
        commerce.Location.ShouldNotBeNull().Latitude.ShouldBe(48.8566);
        commerce.Location.Longitude.ShouldBe(2.3522);
        commerce.Location.Accuracy.ShouldBe(10);
        commerce.Location.CityName.ShouldBe("Paris");
        commerce.Location.DmaCode.ShouldBe(7);
        commerce.DeviceCurrentState.ShouldNotBeNull().BatteryLevel.ShouldBe(0.5);
        commerce.DeviceCurrentState.DeviceOrientation.ShouldBe(DeviceOrientation.Landscape);
        commerce.SessionStartUnixtimeMs.ShouldBe(1_700_000_000_000);
        commerce.EventStartUnixtimeMs.ShouldBe(1_700_000_000_500);
        commerce.IsGoalDefined.ShouldBe(true);
        commerce.LifetimeValueChange.ShouldBe(true);
        commerce.LifetimeValueAttributeName.ShouldBe("ltv");
        commerce.DataConnectionType.ShouldBe("wifi");
        commerce.EventNum.ShouldBe(4);
        commerce.ViewController.ShouldBe("Checkout");
        commerce.IsMainThread.ShouldBe(false);
        commerce.CanonicalName.ShouldBe("purchase");
        commerce.CustomEventType.ShouldBe(CommerceEventType.Purchase);
    }

    [Fact]
    public void AWholeCommerceEventKeepsItsCustomAttributesAndFlagsAndTheSeparatePropertiesWin()
    {
        var whole = new CommerceEvent(Purchase())
        {
            CustomAttributes = { ["coupon"] = "WINTER", ["items"] = 3, ["channel"] = "app", ["password"] = "hunter2" },
            CustomFlags = { ["Google.Category"] = "shop" },
        };

        var commerce = _harness.MapOne(Some.LogEvent(
                l => l.ForContext("UserId", "u1"),
                "{@MpCommerceEvent} {@MpAttributes}",
                whole,
                new Dictionary<string, object> { ["channel"] = "web" }))
            .Event.ShouldBeOfType<CommerceEvent>();

        commerce.CustomAttributes["coupon"].ShouldBe(AttributeValue.From("WINTER"));
        commerce.CustomAttributes["items"].ShouldBe(AttributeValue.From(3));
        commerce.CustomAttributes["channel"].ShouldBe(AttributeValue.From("web"));
        commerce.CustomAttributes.ShouldNotContainKey("password"); // secrets are dropped here as in MpAttributes
        commerce.CustomFlags["Google.Category"].ShouldBe(AttributeValue.From("shop"));
    }

    [Fact]
    public void AWholeCommerceEventWithoutATimeOfItsOwnTakesTheLogEventsTime()
    {
        var commerce = _harness.MapOne(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{@MpCommerceEvent}", new CommerceEvent(Purchase())))
            .Event.ShouldBeOfType<CommerceEvent>();

        commerce.Timestamp.ShouldBe(Some.Timestamp);
        commerce.Location.ShouldBeNull();
        commerce.DeviceCurrentState.ShouldBeNull();
    }

    [Fact]
    public void AWholeCommerceEventAsADictionaryWithJsonNamesKeepsItsTimeAndLocation()
    {
        var payload = new Dictionary<string, object>
        {
            ["product_action"] = new Dictionary<string, object> { ["action"] = "purchase", ["transaction_id"] = "T-9" },
            ["timestamp_unixtime_ms"] = 1_767_322_800_000L,
            ["location"] = new Dictionary<string, object> { ["latitude"] = 1.5, ["longitude"] = "-2.25" },
        };

        var commerce = _harness.MapOne(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{@MpCommerceEvent}", payload))
            .Event.ShouldBeOfType<CommerceEvent>();

        commerce.TimestampUnixtimeMs.ShouldBe(1_767_322_800_000L);
        commerce.Location.ShouldNotBeNull().Latitude.ShouldBe(1.5);
        commerce.Location.Longitude.ShouldBe(-2.25);
    }
}
