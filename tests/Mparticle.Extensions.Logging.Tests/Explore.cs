using Microsoft.Extensions.Logging;
using Mparticle.Extensions.Logging.Tests.Support;
using Xunit.Abstractions;

namespace Mparticle.Extensions.Logging.Tests;

public class Explore(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        using var capture = new SerilogCapture();
        var logger = capture.Logger;
        using (logger.BeginMparticleUser(new UserIdentities { CustomerId = "42", Email = "a@example.com" }, new Dictionary<string, object?> { ["plan"] = "pro" }, 77))
        {
            logger.LogAppEvent("Example", CustomEventType.Navigation, new Dictionary<string, object?> { ["foo"] = "bar", ["count"] = 3 });
            logger.LogAppEvent("Pairs", CustomEventType.Search, ("q", "socks"), ("n", 2));
            logger.LogScreenView("Home");
            logger.LogCommerceEvent(new ProductAction(ProductActionType.Purchase) { TransactionId = "T-1", Products = { new Product("sku-1", "Socks") { Price = 9.99m } } });
            logger.LogCommerceEvent(new PromotionAction(PromotionActionType.Click) { Promotions = { new Promotion("p1", "Summer") } });
            var ce = new CommerceEvent([new ProductImpression("Search results") { Products = { new Product("sku-2", "Hat") } }]) { CurrencyCode = "EUR", SessionUuid = "s-1" };
            ce.CustomAttributes["ab"] = 1;
            logger.LogCommerceEvent(ce);
            logger.LogSessionStart("s-1");
            logger.LogSessionEnd("s-1", TimeSpan.FromMinutes(5));
            logger.LogApplicationStateTransition(MparticleTransitionKinds.Foreground);
            logger.LogUserAttributes(new Dictionary<string, object?> { ["tags"] = new[] { "a", "b" } }, ["old"]);
            logger.LogInformation("Ordinary {Thing}", 1);
        }

        foreach (var e in capture.Events)
        {
            output.WriteLine(e.MessageTemplate.Text);
            output.WriteLine(e.RenderMessage());
            output.WriteLine(SerilogCapture.Properties(e));
        }
    }
}
