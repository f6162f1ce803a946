using Mparticle.Extensions.Logging.Tests.Readme;
using Mparticle.Extensions.Logging.Tests.Support;

namespace Mparticle.Extensions.Logging.Tests;

/// <summary>An application's own <c>[LoggerMessage]</c> methods carry the conventions' property names, like our calls.</summary>
public class LoggerMessageTests
{
    [Fact]
    public void ALoggerMessageMethodWritesTheMarkerAndItsValuesAsProperties()
    {
        using var capture = new SerilogCapture();

        ShopLog.CheckoutCompleted(capture.Logger, "o-1", 12.50m, CustomEventType.Transaction);

        var logEvent = capture.Single();
        logEvent.MessageTemplate.Text.ShouldBe("Checkout completed for order {OrderId}, total {Total} ({MpEventType})");
        SerilogCapture.Properties(logEvent).ShouldBe(SerilogCapture.Json(
            """
            {
              "EventId": {"Id": 1001, "Name": "Checkout Completed"},
              "MpEventType": "Transaction",
              "OrderId": "o-1",
              "SourceContext": "Shop.Checkout",
              "Total": 12.50
            }
            """));
        logEvent.Properties["MpEventType"].ShouldBe(new Serilog.Events.ScalarValue(CustomEventType.Transaction));
    }

    [Fact]
    public void ALoggerMessageMethodDestructuresAtPrefixedHoles()
    {
        using var capture = new SerilogCapture();

        ShopLog.Refunded(capture.Logger, Some.Purchase(), "damaged");

        var logEvent = capture.Single();
        logEvent.Properties["MpProductAction"].ShouldBeOfType<Serilog.Events.StructureValue>().TypeTag.ShouldBe("ProductAction");
        logEvent.Properties["Reason"].ShouldBe(new Serilog.Events.ScalarValue("damaged"));
    }
}
