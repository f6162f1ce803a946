using Microsoft.Extensions.Logging;
using Mparticle.Extensions.Logging.Tests.Support;
using Serilog.Events;

namespace Mparticle.Extensions.Logging.Tests;

/// <summary>
/// What each call hands a Serilog sink through Serilog.Extensions.Logging 10.0.0: level, message template, rendered
/// message and every property, exactly.
/// </summary>
public class MparticleLoggerExtensionsTests
{
    static LogEvent Capture(Action<ILogger> log)
    {
        using var capture = new SerilogCapture();
        log(capture.Logger);
        return capture.Single();
    }

    static void ShouldBe(LogEvent logEvent, string template, string message, string properties)
    {
        logEvent.Level.ShouldBe(LogEventLevel.Information);
        logEvent.MessageTemplate.Text.ShouldBe(template);
        logEvent.RenderMessage().ShouldBe(message);
        SerilogCapture.Properties(logEvent).ShouldBe(SerilogCapture.Json(properties));
    }

    [Fact]
    public void AnAppEventCarriesItsTypeNameAndAttributes()
    {
        var logEvent = Capture(logger => logger.LogAppEvent("Example", CustomEventType.Navigation, Some.Attributes()));

        ShouldBe(logEvent,
            "mParticle app event {MpEventName} ({MpEventType:l}) {@MpAttributes}",
            """mParticle app event "Example" (navigation) [("foo": "bar"), ("count": 3)]""",
            """
            {
              "EventId": {"Id": 28001, "Name": "MparticleAppEvent"},
              "MpAttributes": {"foo": "bar", "count": 3},
              "MpEventName": "Example",
              "MpEventType": "navigation",
              "SourceContext": "Shop.Checkout"
            }
            """);
    }

    [Fact]
    public void AnAppEventWithoutAttributesHasNoAttributesProperty()
    {
        var logEvent = Capture(logger => logger.LogAppEvent("Signed In", CustomEventType.UserPreference));

        ShouldBe(logEvent,
            "mParticle app event {MpEventName} ({MpEventType:l})",
            """mParticle app event "Signed In" (user_preference)""",
            """
            {
              "EventId": {"Id": 28001, "Name": "MparticleAppEvent"},
              "MpEventName": "Signed In",
              "MpEventType": "user_preference",
              "SourceContext": "Shop.Checkout"
            }
            """);
    }

    [Fact]
    public void AnAppEventWithPairsCarriesThemAsOneAttributesDictionary()
    {
        var logEvent = Capture(logger => logger.LogAppEvent("Search", CustomEventType.Search, ("query", "socks"), ("results", 12L), ("exact", false)));

        ShouldBe(logEvent,
            "mParticle app event {MpEventName} ({MpEventType:l}) {@MpAttributes}",
            """mParticle app event "Search" (search) [("query": "socks"), ("results": 12), ("exact": False)]""",
            """
            {
              "EventId": {"Id": 28001, "Name": "MparticleAppEvent"},
              "MpAttributes": {"query": "socks", "results": 12, "exact": false},
              "MpEventName": "Search",
              "MpEventType": "search",
              "SourceContext": "Shop.Checkout"
            }
            """);
    }

    [Theory]
    [InlineData(CustomEventType.Navigation, "navigation")]
    [InlineData(CustomEventType.Location, "location")]
    [InlineData(CustomEventType.Search, "search")]
    [InlineData(CustomEventType.Transaction, "transaction")]
    [InlineData(CustomEventType.UserContent, "user_content")]
    [InlineData(CustomEventType.UserPreference, "user_preference")]
    [InlineData(CustomEventType.Social, "social")]
    [InlineData(CustomEventType.Other, "other")]
    [InlineData(CustomEventType.Media, "media")]
    [InlineData(CustomEventType.Attribution, "attribution")]
    public void EveryCustomEventTypeIsWrittenAsItsConventionValue(CustomEventType type, string expected)
    {
        var logEvent = Capture(logger => logger.LogAppEvent("Example", type));

        logEvent.Properties[MparticleProperties.MpEventType].ShouldBe(new ScalarValue(expected));
    }

    [Fact]
    public void AScreenViewCarriesItsNameAndAttributes()
    {
        var logEvent = Capture(logger => logger.LogScreenView("Checkout", new Dictionary<string, object?> { ["step"] = 2 }));

        ShouldBe(logEvent,
            "mParticle screen view {MpEventName} {@MpAttributes}",
            """mParticle screen view "Checkout" [("step": 2)]""",
            """
            {
              "EventId": {"Id": 28002, "Name": "MparticleScreenView"},
              "MpAttributes": {"step": 2},
              "MpEventName": "Checkout",
              "MpEventType": "screen_view",
              "SourceContext": "Shop.Checkout"
            }
            """);
    }

    [Fact]
    public void AProductActionIsDestructuredWithItsProducts()
    {
        var logEvent = Capture(logger => logger.LogCommerceEvent(Some.Purchase(), new Dictionary<string, object?> { ["coupon"] = "none" }));

        logEvent.MessageTemplate.Text.ShouldBe("mParticle commerce event {@MpProductAction} {@MpAttributes}");
        SerilogCapture.Properties(logEvent).ShouldBe(SerilogCapture.Json(
            """
            {
              "EventId": {"Id": 28003, "Name": "MparticleCommerceEvent"},
              "MpAttributes": {"coupon": "none"},
              "MpEventType": "commerce_event",
              "MpProductAction": {
                "Action": "Purchase", "CheckoutStep": null, "CheckoutOptions": null, "ProductActionList": null,
                "ProductListSource": null, "TransactionId": "T-1001", "Affiliation": null, "TotalAmount": 19.98,
                "TaxAmount": null, "ShippingAmount": null, "CouponCode": null,
                "Products": [
                  {"Id": "sku-1", "Name": "Socks", "Brand": null, "Category": null, "Variant": null, "Position": null,
                   "Price": 9.99, "Quantity": 2, "CouponCode": null, "AddedToCartTimeMs": null, "TotalProductAmount": null,
                   "CustomAttributes": {}, "$type": "Product"}
                ],
                "$type": "ProductAction"
              },
              "SourceContext": "Shop.Checkout"
            }
            """));
    }

    [Fact]
    public void APromotionActionIsDestructuredWithItsPromotions()
    {
        var logEvent = Capture(logger => logger.LogCommerceEvent(Some.PromotionClick()));

        ShouldBe(logEvent,
            "mParticle commerce event {@MpPromotionAction}",
            """mParticle commerce event PromotionAction { Action: Click, Promotions: [Promotion { Id: "summer", Name: "Summer sale", Creative: null, Position: "banner" }] }""",
            """
            {
              "EventId": {"Id": 28003, "Name": "MparticleCommerceEvent"},
              "MpEventType": "commerce_event",
              "MpPromotionAction": {
                "Action": "Click",
                "Promotions": [{"Id": "summer", "Name": "Summer sale", "Creative": null, "Position": "banner", "$type": "Promotion"}],
                "$type": "PromotionAction"
              },
              "SourceContext": "Shop.Checkout"
            }
            """);
    }

    [Fact]
    public void AWholeCommerceEventIsDestructuredAndItsOwnFieldsGetTheirProperties()
    {
        var logEvent = Capture(logger => logger.LogCommerceEvent(Some.Impressions()));

        logEvent.MessageTemplate.Text.ShouldBe("mParticle commerce event {@MpAttributes}");
        var properties = logEvent.Properties;
        properties.Keys.Order(StringComparer.Ordinal).ShouldBe(
        [
            "EventId", "MpAttributes", "MpCommerceEvent", "MpCustomFlags", "MpEventType", "MpSessionId", "MpSourceMessageId", "SourceContext",
        ]);
        SerilogCapture.Properties(new LogEvent(logEvent.Timestamp, logEvent.Level, null, logEvent.MessageTemplate,
            properties.Where(p => p.Key != "MpCommerceEvent").Select(p => new LogEventProperty(p.Key, p.Value)))).ShouldBe(SerilogCapture.Json(
            """
            {
              "EventId": {"Id": 28003, "Name": "MparticleCommerceEvent"},
              "MpAttributes": {"query": "hat", "page": 2},
              "MpCustomFlags": {"flag": true},
              "MpEventType": "commerce_event",
              "MpSessionId": "session-1",
              "MpSourceMessageId": "0f8e5a56-7c3b-4f4e-9d55-2d2a3c4b5e6f",
              "SourceContext": "Shop.Checkout"
            }
            """));

        // The whole event is Serilog's reflection over the model; the sink reads the members it knows.
        var whole = properties["MpCommerceEvent"].ShouldBeOfType<StructureValue>();
        whole.TypeTag.ShouldBe("CommerceEvent");
        var members = whole.Properties.ToDictionary(p => p.Name, p => p.Value);
        members["CurrencyCode"].ShouldBe(new ScalarValue("EUR"));
        members["ScreenName"].ShouldBe(new ScalarValue("Search"));
        var impression = members["ProductImpressions"].ShouldBeOfType<SequenceValue>().Elements.ShouldHaveSingleItem().ShouldBeOfType<StructureValue>();
        impression.Properties.Single(p => p.Name == "ProductImpressionList").Value.ShouldBe(new ScalarValue("Search results"));
    }

    [Fact]
    public void ASessionIdGivenAsANumberIsWrittenAsANumber()
    {
        var commerceEvent = new CommerceEvent(Some.PromotionClick()) { SessionId = 42 };

        var logEvent = Capture(logger => logger.LogCommerceEvent(commerceEvent));

        logEvent.Properties[MparticleProperties.MpSessionId].ShouldBe(new ScalarValue(42L));
    }

    [Fact]
    public void ASessionStartCarriesItsId()
    {
        var logEvent = Capture(logger => logger.LogSessionStart("session-1"));

        ShouldBe(logEvent,
            "mParticle session start {MpSessionId}",
            "mParticle session start \"session-1\"",
            """
            {
              "EventId": {"Id": 28004, "Name": "MparticleSessionStart"},
              "MpEventType": "session_start",
              "MpSessionId": "session-1",
              "SourceContext": "Shop.Checkout"
            }
            """);
    }

    [Fact]
    public void ASessionEndCarriesItsIdAndWholeMillisecondsOfDuration()
    {
        var logEvent = Capture(logger => logger.LogSessionEnd("session-1", TimeSpan.FromMinutes(5) + TimeSpan.FromTicks(9999)));

        ShouldBe(logEvent,
            "mParticle session end {MpSessionId} after {MpSessionDurationMs} ms",
            """mParticle session end "session-1" after 300000 ms""",
            """
            {
              "EventId": {"Id": 28005, "Name": "MparticleSessionEnd"},
              "MpEventType": "session_end",
              "MpSessionDurationMs": 300000,
              "MpSessionId": "session-1",
              "SourceContext": "Shop.Checkout"
            }
            """);
        logEvent.Properties[MparticleProperties.MpSessionDurationMs].ShouldBe(new ScalarValue(300000L));
    }

    [Theory]
    [InlineData(MparticleTransitionKinds.Install)]
    [InlineData(MparticleTransitionKinds.Upgrade)]
    [InlineData(MparticleTransitionKinds.Initialized)]
    [InlineData(MparticleTransitionKinds.Foreground)]
    [InlineData(MparticleTransitionKinds.Background)]
    [InlineData(MparticleTransitionKinds.Exit)]
    public void AnApplicationStateTransitionCarriesItsKind(string transition)
    {
        var logEvent = Capture(logger => logger.LogApplicationStateTransition(transition.ToUpperInvariant()));

        ShouldBe(logEvent,
            "mParticle application state transition {MpTransitionType:l}",
            "mParticle application state transition " + transition,
            $$"""
            {
              "EventId": {"Id": 28006, "Name": "MparticleApplicationStateTransition"},
              "MpEventType": "application_state_transition",
              "MpTransitionType": "{{transition}}",
              "SourceContext": "Shop.Checkout"
            }
            """);
    }

    [Fact]
    public void AnEventIsLoggedAtTheLevelGiven()
    {
        var logEvent = Capture(logger => logger.LogAppEvent("Example", CustomEventType.Other, level: LogLevel.Debug));

        logEvent.Level.ShouldBe(LogEventLevel.Debug);
    }

    [Fact]
    public void NothingIsLoggedBelowTheMinimumLevel()
    {
        using var capture = new SerilogCapture(LogLevel.Information);

        capture.Logger.LogAppEvent("Example", CustomEventType.Other, level: LogLevel.Debug);
        capture.Logger.LogSessionStart("session-1", LogLevel.Trace);

        capture.Events.ShouldBeEmpty();
    }

    [Fact]
    public void ADictionaryTypeSerilogWouldNotCaptureAsADictionaryIsCopiedIntoOne()
    {
        var attributes = new SortedDictionary<string, object?> { ["b"] = 2, ["a"] = "one" }.AsReadOnly();

        var logEvent = Capture(logger => logger.LogAppEvent("Example", CustomEventType.Other, attributes));

        var dictionary = logEvent.Properties[MparticleProperties.MpAttributes].ShouldBeOfType<DictionaryValue>();
        dictionary.Elements.Select(e => (e.Key.Value, ((ScalarValue)e.Value).Value)).ShouldBe([("a", (object?)"one"), ("b", 2)]);
    }

    [Fact]
    public void InvalidArgumentsAreRejectedWhateverTheLevel()
    {
        using var capture = new SerilogCapture(LogLevel.Critical);
        var logger = capture.Logger;

        Should.Throw<ArgumentNullException>(() => ((ILogger)null!).LogAppEvent("x", CustomEventType.Other)).ParamName.ShouldBe("logger");
        Should.Throw<ArgumentException>(() => logger.LogAppEvent("", CustomEventType.Other)).ParamName.ShouldBe("eventName");
        Should.Throw<ArgumentOutOfRangeException>(() => logger.LogAppEvent("x", (CustomEventType)99)).ParamName.ShouldBe("eventType");
        Should.Throw<ArgumentException>(() => logger.LogAppEvent("x", CustomEventType.Other, ("", 1))).ParamName.ShouldBe("attributes");
        Should.Throw<ArgumentNullException>(() => logger.LogScreenView(null!)).ParamName.ShouldBe("screenName");
        Should.Throw<ArgumentNullException>(() => logger.LogCommerceEvent((ProductAction)null!)).ParamName.ShouldBe("productAction");
        Should.Throw<ArgumentNullException>(() => logger.LogCommerceEvent((PromotionAction)null!)).ParamName.ShouldBe("promotionAction");
        Should.Throw<ArgumentNullException>(() => logger.LogCommerceEvent((CommerceEvent)null!)).ParamName.ShouldBe("commerceEvent");
        Should.Throw<ArgumentException>(() => logger.LogSessionStart("")).ParamName.ShouldBe("sessionId");
        Should.Throw<ArgumentOutOfRangeException>(() => logger.LogSessionEnd("s", TimeSpan.FromSeconds(-1))).ParamName.ShouldBe("duration");
        Should.Throw<ArgumentException>(() => logger.LogApplicationStateTransition("sleep")).Message.ShouldStartWith(
            "The transition must be one of the MparticleTransitionKinds values (install, upgrade, initialized, foreground, background, exit), not 'sleep'.");
        Should.Throw<ArgumentException>(() => logger.LogUserAttributes(null, [])).ParamName.ShouldBe("set");
    }
}
