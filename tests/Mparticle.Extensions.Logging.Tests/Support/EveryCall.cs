using Microsoft.Extensions.Logging;

namespace Mparticle.Extensions.Logging.Tests.Support;

/// <summary>One of each call with typical payloads, in the order the tests' expected outputs list them.</summary>
static class EveryCall
{
    public static void Log(ILogger logger)
    {
        logger.LogAppEvent("Example", CustomEventType.Navigation, ("foo", "bar"), ("count", 3));
        logger.LogAppEvent("Priced", CustomEventType.Transaction, new Dictionary<string, object?> { ["price"] = 9.99m, ["ratio"] = 0.5, ["paid"] = true, ["note"] = null });
        logger.LogScreenView("Checkout", new Dictionary<string, object?> { ["step"] = 2 });
        logger.LogCommerceEvent(Some.Purchase(), new Dictionary<string, object?> { ["coupon"] = "none" });
        logger.LogCommerceEvent(Some.PromotionClick());
        logger.LogCommerceEvent(Some.Impressions());
        logger.LogSessionStart("session-1");
        logger.LogSessionEnd("session-1", TimeSpan.FromMinutes(5));
        logger.LogApplicationStateTransition(MparticleTransitionKinds.Install);
        logger.LogApplicationStateTransition(MparticleTransitionKinds.Background);
        logger.LogUserAttributes(new Dictionary<string, object?> { ["plan"] = "gold", ["tags"] = new[] { "a", "b" } }, ["trial_end"]);
    }
}
