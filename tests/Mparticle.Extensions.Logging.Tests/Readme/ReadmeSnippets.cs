using Microsoft.Extensions.Logging;
using Serilog;
using ILogger = Microsoft.Extensions.Logging.ILogger;

namespace Mparticle.Extensions.Logging.Tests.Readme;

/// <summary>
/// The code of README.md's "ILogger calls" section: each snippet sits between <c>// &lt;snippet:name&gt;</c> markers,
/// compiled here and run by <see cref="ReadmeTests"/>, which also checks the README shows it verbatim.
/// </summary>
static class ReadmeSnippets
{
    public static readonly IReadOnlyDictionary<string, Action<ILogger>> Calls = new Dictionary<string, Action<ILogger>>
    {
        ["user-scope"] = UserScope,
        ["app-event"] = AppEvent,
        ["app-event-pairs"] = AppEventPairs,
        ["screen-view"] = ScreenView,
        ["product-action"] = ProductAction,
        ["promotion-action"] = PromotionAction,
        ["commerce-event"] = CommerceEvent,
        ["session-start"] = SessionStart,
        ["session-end"] = SessionEnd,
        ["state-transition"] = StateTransition,
        ["user-attributes"] = UserAttributes,
        ["consent-state"] = ConsentState,
        ["logger-message"] = LoggerMessage,
    };

    /// <summary>Compiled, never run: it would send to mParticle.</summary>
    public static ILoggerFactory Setup(string apiKey, string apiSecret)
    {
        // <snippet:setup>
        var serilog = new LoggerConfiguration()
            .WriteTo.Mparticle(apiKey, apiSecret)
            .CreateLogger();
        var loggerFactory = LoggerFactory.Create(logging => logging.AddSerilog(serilog, dispose: true));
        var logger = loggerFactory.CreateLogger("Shop");
        // </snippet:setup>
        logger.LogSessionStart("never-run");
        return loggerFactory;
    }

    static void UserScope(ILogger logger)
    {
        // <snippet:user-scope>
        using (logger.BeginMparticleUser(new UserIdentities { CustomerId = "ann", Email = "ann@example.com" },
                   userAttributes: new Dictionary<string, object?> { ["plan"] = "gold" }))
        {
            logger.LogAppEvent("Signed In", CustomEventType.Navigation);
            logger.LogInformation("Cart has {ItemCount} items", 3); // not an mParticle event: ignored by the sink
        }
        // </snippet:user-scope>
    }

    static void AppEvent(ILogger logger)
    {
        // <snippet:app-event>
        logger.LogAppEvent("Viewed Product", CustomEventType.Navigation,
            new Dictionary<string, object?> { ["category"] = "socks", ["price"] = 9.99m, ["in_stock"] = true });
        // </snippet:app-event>
    }

    static void AppEventPairs(ILogger logger)
    {
        // <snippet:app-event-pairs>
        logger.LogAppEvent("Searched", CustomEventType.Search, ("query", "wool socks"), ("results", 12));
        // </snippet:app-event-pairs>
    }

    static void ScreenView(ILogger logger)
    {
        // <snippet:screen-view>
        logger.LogScreenView("Checkout", new Dictionary<string, object?> { ["step"] = 2 });
        // </snippet:screen-view>
    }

    static void ProductAction(ILogger logger)
    {
        // <snippet:product-action>
        logger.LogCommerceEvent(new ProductAction(ProductActionType.Purchase)
        {
            TransactionId = "T-1001",
            TotalAmount = 19.98m,
            Products = { new Product("sku-1", "Socks") { Price = 9.99m, Quantity = 2 } },
        });
        // </snippet:product-action>
    }

    static void PromotionAction(ILogger logger)
    {
        // <snippet:promotion-action>
        logger.LogCommerceEvent(new PromotionAction(PromotionActionType.Click)
        {
            Promotions = { new Promotion("summer", "Summer sale") { Position = "banner" } },
        });
        // </snippet:promotion-action>
    }

    static void CommerceEvent(ILogger logger)
    {
        // <snippet:commerce-event>
        var impressions = new CommerceEvent([new ProductImpression("Search results") { Products = { new Product("sku-2", "Hat") } }])
        {
            CurrencyCode = "EUR",
            ScreenName = "Search",
        };
        impressions.CustomAttributes["query"] = "hat";
        logger.LogCommerceEvent(impressions);
        // </snippet:commerce-event>
    }

    static void SessionStart(ILogger logger)
    {
        // <snippet:session-start>
        logger.LogSessionStart("5f1c3a52-6e0f-4f43-9b8f-2b3f3c1d9a10");
        // </snippet:session-start>
    }

    static void SessionEnd(ILogger logger)
    {
        // <snippet:session-end>
        logger.LogSessionEnd("5f1c3a52-6e0f-4f43-9b8f-2b3f3c1d9a10", TimeSpan.FromMinutes(12));
        // </snippet:session-end>
    }

    static void StateTransition(ILogger logger)
    {
        // <snippet:state-transition>
        logger.LogApplicationStateTransition(MparticleTransitionKinds.Install);
        // </snippet:state-transition>
    }

    static void UserAttributes(ILogger logger)
    {
        // <snippet:user-attributes>
        logger.LogUserAttributes(
            new Dictionary<string, object?> { ["plan"] = "gold", ["interests"] = new[] { "socks", "hats" } },
            removed: ["trial_ends"]);
        // </snippet:user-attributes>
    }

    static void ConsentState(ILogger logger)
    {
        // <snippet:consent-state>
        logger.LogConsentState(new ConsentState
        {
            Gdpr = { ["Marketing"] = new GdprConsentState { Consented = true, Document = "privacy-v3", Location = "signup form" } },
            Ccpa = new CcpaConsentState { Consented = false },
        });
        // </snippet:consent-state>
    }

    static void LoggerMessage(ILogger logger)
    {
        // <snippet:logger-message-call>
        ShopLog.CheckoutCompleted(logger, "o-1", 12.50m, CustomEventType.Transaction);
        // </snippet:logger-message-call>
    }
}
