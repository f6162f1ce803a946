using Microsoft.Extensions.Logging;

namespace Mparticle.Extensions.Logging.Tests.Readme;

/// <summary>An application's own strongly typed log methods that the sink maps (the README's example).</summary>
static partial class ShopLog
{
    // <snippet:logger-message>
    [LoggerMessage(EventId = 1001, EventName = "Checkout Completed", Level = LogLevel.Information,
        Message = "Checkout completed for order {OrderId}, total {Total} ({MpEventType})")]
    public static partial void CheckoutCompleted(ILogger logger, string orderId, decimal total, CustomEventType mpEventType);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Refund of {@MpProductAction} because {Reason}")]
    public static partial void Refunded(ILogger logger, ProductAction mpProductAction, string reason);
    // </snippet:logger-message>
}
