using Microsoft.Extensions.Logging;
using Mparticle.Extensions.Logging.Tests.Support;

namespace Mparticle.Extensions.Logging.Tests.States;

/// <summary>
/// Below the minimum level the calls allocate nothing at all. Not a timing test: it counts the bytes this thread
/// allocates (the benchmark gives the enabled figures).
/// </summary>
public class DisabledLevelTests
{
    [Fact]
    public void NoCallAllocatesWhenItsLevelIsDisabled()
    {
        using var capture = new SerilogCapture(LogLevel.Warning);
        var logger = capture.Logger;
        var attributes = Some.Attributes();
        var productAction = Some.Purchase();
        var promotionAction = Some.PromotionClick();
        var commerceEvent = Some.Impressions();
        IReadOnlyCollection<string> removed = ["trial_end"];

        void EveryCall()
        {
            logger.LogAppEvent("Example", CustomEventType.Navigation, attributes);
            logger.LogAppEvent("Example", CustomEventType.Navigation, ("foo", "bar"), ("baz", "qux"));
            logger.LogScreenView("Checkout", attributes);
            logger.LogCommerceEvent(productAction, attributes);
            logger.LogCommerceEvent(promotionAction, attributes);
            logger.LogCommerceEvent(commerceEvent);
            logger.LogSessionStart("session-1");
            logger.LogSessionEnd("session-1", TimeSpan.FromMinutes(5));
            logger.LogApplicationStateTransition(MparticleTransitionKinds.Foreground);
            logger.LogUserAttributes(attributes, removed);
            logger.LogAppEvent("Example", CustomEventType.Navigation, attributes, LogLevel.Information);
        }

        EveryCall(); // JIT and static initialization happen here, not in the measured calls
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
            EveryCall();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBe(0);
        capture.Events.ShouldBeEmpty();
    }

    [Fact]
    public void TheMeasurementSeesAnAllocationWhenThereIsOne()
    {
        using var capture = new SerilogCapture(LogLevel.Warning);
        var logger = capture.Logger;
        logger.LogAppEvent("Example", CustomEventType.Navigation, level: LogLevel.Warning);

        var before = GC.GetAllocatedBytesForCurrentThread();
        logger.LogAppEvent("Example", CustomEventType.Navigation, level: LogLevel.Warning);

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeGreaterThan(0);
    }
}
