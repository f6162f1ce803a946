using Mparticle.Tests.Support;

namespace Mparticle.Tests.Commerce;

/// <summary>Hand-written expected JSON for the commerce types.</summary>
public class CommerceJsonTests
{
    private const string FullProductJson = """
        {
          "id": "SKU-1", "name": "Widget", "brand": "Acme", "category": "Tools", "variant": "blue", "position": 0,
          "price": 19.99, "quantity": 1, "coupon_code": "SAVE", "added_to_cart_time_ms": 1558388284107,
          "total_product_amount": 19.99, "custom_attributes": { "color": "blue" }
        }
        """;

    [Fact]
    public void AProductWithEveryField() => Wire.Of(Some.FullProduct()).ShouldBeJson(FullProductJson);

    [Fact]
    public void AProductActionWithEveryFieldKeepsDecimalsExact()
    {
        var data = Wire.DataOf(new CommerceEvent(Some.FullProductAction()));
        data.ShouldBeJson($$"""
            {
              "product_action": {
                "action": "purchase", "checkout_step": 0, "checkout_options": "express", "product_action_list": "search results",
                "product_list_source": "search", "transaction_id": "T-1", "affiliation": "store",
                "total_amount": 19.99, "tax_amount": 1.50, "shipping_amount": 0, "coupon_code": "SAVE",
                "products": [ {{FullProductJson}} ]
              }
            }
            """);
    }

    [Fact]
    public void RemoveFromWishlistIsSpelledWishUnderscoreListForTheProductActionOnly()
    {
        var e = new CommerceEvent(new ProductAction(ProductActionType.RemoveFromWishlist)) { CustomEventType = CommerceEventType.RemoveFromWishlist };
        Wire.DataOf(e).ShouldBeJson("""{ "product_action": { "action": "remove_from_wish_list" }, "custom_event_type": "remove_from_wishlist" }""");
    }

    [Fact]
    public void APromotionActionWithEveryField() =>
        Wire.DataOf(new CommerceEvent(Some.FullPromotionAction())).ShouldBeJson("""
            { "promotion_action": { "action": "click", "promotions": [ { "id": "PROMO-1", "name": "Summer", "creative": "banner", "position": "top" } ] } }
            """);

    [Fact]
    public void ProductImpressionsAndTheCartAlwaysWriteTheirRequiredProductsArrays()
    {
        var e = new CommerceEvent([Some.FullProductImpression(), new ProductImpression("Empty")]) { ShoppingCart = new ShoppingCart { Products = { new Product { Id = "A" } } } };
        Wire.DataOf(e).ShouldBeJson($$"""
            {
              "shopping_cart": { "products": [ { "id": "A" } ] },
              "product_impressions": [
                { "product_impression_list": "Suggestions", "products": [ {{FullProductJson}} ] },
                { "product_impression_list": "Empty", "products": [] }
              ]
            }
            """);
    }

    [Fact]
    public void ThePythonStylePurchaseExampleWorks()
    {
        var product = new Product("SKU-9", "Gadget") { Price = 19.99m, Quantity = 2 };
        var purchase = new CommerceEvent(new ProductAction(ProductActionType.Purchase) { Products = { product }, TaxAmount = 1.50m });
        Wire.DataOf(purchase).ShouldBeJson("""
            { "product_action": { "action": "purchase", "tax_amount": 1.50, "products": [ { "id": "SKU-9", "name": "Gadget", "price": 19.99, "quantity": 2 } ] } }
            """);
    }

    [Fact]
    public void CommerceEventConstructorsGuardTheirArguments()
    {
        Should.Throw<ArgumentNullException>(() => new CommerceEvent((ProductAction)null!)).ParamName.ShouldBe("productAction");
        Should.Throw<ArgumentNullException>(() => new CommerceEvent((PromotionAction)null!)).ParamName.ShouldBe("promotionAction");
        Should.Throw<ArgumentNullException>(() => new CommerceEvent((IEnumerable<ProductImpression>)null!)).ParamName.ShouldBe("productImpressions");
        Should.Throw<ArgumentException>(() => new CommerceEvent(Array.Empty<ProductImpression>())).Message.ShouldContain("at least one");
        Should.Throw<ArgumentNullException>(() => new CommerceEvent([null!]));
        Should.Throw<ArgumentNullException>(() => new ProductImpression(null!));
    }
}
