namespace Mparticle.Extensions.Logging.Tests.Support;

/// <summary>Payloads for the calls under test.</summary>
static class Some
{
    public static Dictionary<string, object?> Attributes() => new() { ["foo"] = "bar", ["count"] = 3 };

    public static ProductAction Purchase() => new(ProductActionType.Purchase)
    {
        TransactionId = "T-1001",
        TotalAmount = 19.98m,
        Products = { new Product("sku-1", "Socks") { Price = 9.99m, Quantity = 2 } },
    };

    public static PromotionAction PromotionClick() => new(PromotionActionType.Click)
    {
        Promotions = { new Promotion("summer", "Summer sale") { Position = "banner" } },
    };

    /// <summary>An impressions commerce event with every field the call routes through its own properties set.</summary>
    public static CommerceEvent Impressions()
    {
        var commerceEvent = new CommerceEvent([new ProductImpression("Search results") { Products = { new Product("sku-2", "Hat") } }])
        {
            CurrencyCode = "EUR",
            ScreenName = "Search",
            SourceMessageId = "0f8e5a56-7c3b-4f4e-9d55-2d2a3c4b5e6f",
            SessionUuid = "session-1",
        };
        commerceEvent.CustomAttributes["query"] = "hat";
        commerceEvent.CustomAttributes["page"] = 2;
        commerceEvent.CustomFlags["flag"] = true;
        return commerceEvent;
    }

    public static UserIdentities Ann() => new() { CustomerId = "ann", Email = "ann@example.com" };

    public static UserIdentities Bob() => new() { CustomerId = "bob" };
}
