using System.Collections.Generic;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Compat;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Builds commerce events from destructured payloads as Serilog stores them: a whole <c>MpCommerceEvent</c>,
/// or <c>MpProductAction</c> / <c>MpPromotionAction</c> / <c>MpProductImpressions</c> / <c>MpShoppingCart</c>
/// (structures, dictionaries, sequences), with C# or JSON member names. The separate properties win over
/// the same parts of a whole commerce event.
/// </summary>
static class CommerceReader
{
    public static bool HasPayload(PropertyIndex properties) =>
        properties.Present(Convention.CommerceEvent) is not null
        || properties.Present(Convention.ProductAction) is not null
        || properties.Present(Convention.PromotionAction) is not null
        || properties.Present(Convention.ProductImpressions) is not null;

    /// <exception cref="MappingException">The payload has neither a product action, a promotion action nor impressions.</exception>
    public static CommerceEvent Read(PropertyIndex properties)
    {
        var whole = properties.Present(Convention.CommerceEvent);

        var productActionValue = properties.Present(Convention.ProductAction) ?? Present(PropertyValues.Member(whole, "productaction"));
        var promotionActionValue = properties.Present(Convention.PromotionAction) ?? Present(PropertyValues.Member(whole, "promotionaction"));
        var impressionsValue = properties.Present(Convention.ProductImpressions) ?? Present(PropertyValues.Member(whole, "productimpressions"));
        var cartValue = properties.Present(Convention.ShoppingCart) ?? Present(PropertyValues.Member(whole, "shoppingcart"));

        var productAction = productActionValue is null ? null : ReadProductAction(productActionValue);
        var promotionAction = promotionActionValue is null ? null : ReadPromotionAction(promotionActionValue);
        var impressions = impressionsValue is null ? null : ReadImpressions(impressionsValue);

        CommerceEvent commerce;
        if (productAction is not null)
            commerce = new CommerceEvent(productAction) { PromotionAction = promotionAction };
        else if (promotionAction is not null)
            commerce = new CommerceEvent(promotionAction);
        else if (impressions is { Count: > 0 })
            commerce = new CommerceEvent(impressions);
        else
            throw new MappingException("A commerce event needs a product action, a promotion action or product impressions.");

        if (impressions is not null && (productAction is not null || promotionAction is not null))
        {
            foreach (var impression in impressions)
                commerce.ProductImpressions.Add(impression);
        }

        if (cartValue is not null)
        {
            var cart = new ShoppingCart();
            foreach (var product in ReadProducts(PropertyValues.Member(cartValue, "products")))
                cart.Products.Add(product);
            commerce.ShoppingCart = cart;
        }

        commerce.CurrencyCode = PropertyValues.AsString(properties.Present(Convention.CurrencyCode))
            ?? PropertyValues.AsString(PropertyValues.Member(whole, "currencycode"));
        commerce.ScreenName = PropertyValues.AsString(PropertyValues.Member(whole, "screenname"));
        commerce.IsNonInteractive = PropertyValues.AsBool(PropertyValues.Member(whole, "isnoninteractive"));
        commerce.EventName = PropertyValues.AsString(PropertyValues.Member(whole, "eventname"));
        return commerce;
    }

    static ProductAction ReadProductAction(LogEventPropertyValue value)
    {
        var action = PropertyValues.AsEnum<ProductActionType>(PropertyValues.Member(value, "action"))
            ?? throw new MappingException(
                $"A product action needs an action ({string.Join(", ", EnumCompat.GetNames<ProductActionType>())}).");

        var productAction = new ProductAction(action)
        {
            CheckoutStep = PropertyValues.AsInt(PropertyValues.Member(value, "checkoutstep")),
            CheckoutOptions = PropertyValues.AsString(PropertyValues.Member(value, "checkoutoptions")),
            ProductActionList = PropertyValues.AsString(PropertyValues.Member(value, "productactionlist")),
            ProductListSource = PropertyValues.AsString(PropertyValues.Member(value, "productlistsource")),
            TransactionId = PropertyValues.AsString(PropertyValues.Member(value, "transactionid")),
            Affiliation = PropertyValues.AsString(PropertyValues.Member(value, "affiliation")),
            TotalAmount = PropertyValues.AsDecimal(PropertyValues.Member(value, "totalamount")),
            TaxAmount = PropertyValues.AsDecimal(PropertyValues.Member(value, "taxamount")),
            ShippingAmount = PropertyValues.AsDecimal(PropertyValues.Member(value, "shippingamount")),
            CouponCode = PropertyValues.AsString(PropertyValues.Member(value, "couponcode")),
        };

        foreach (var product in ReadProducts(PropertyValues.Member(value, "products")))
            productAction.Products.Add(product);
        return productAction;
    }

    static PromotionAction ReadPromotionAction(LogEventPropertyValue value)
    {
        var action = PropertyValues.AsEnum<PromotionActionType>(PropertyValues.Member(value, "action"))
            ?? throw new MappingException("A promotion action needs an action (View or Click).");

        var promotionAction = new PromotionAction(action);
        foreach (var element in PropertyValues.Elements(PropertyValues.Member(value, "promotions")))
        {
            promotionAction.Promotions.Add(new Promotion
            {
                Id = PropertyValues.AsString(PropertyValues.Member(element, "id")),
                Name = PropertyValues.AsString(PropertyValues.Member(element, "name")),
                Creative = PropertyValues.AsString(PropertyValues.Member(element, "creative")),
                Position = PropertyValues.AsString(PropertyValues.Member(element, "position")),
            });
        }

        return promotionAction;
    }

    static List<ProductImpression> ReadImpressions(LogEventPropertyValue value)
    {
        // A single impression is accepted where a sequence is expected.
        IReadOnlyList<LogEventPropertyValue> elements = value is SequenceValue sequence ? sequence.Elements : [value];

        var impressions = new List<ProductImpression>(elements.Count);
        foreach (var element in elements)
        {
            var list = PropertyValues.AsString(PropertyValues.Member(element, "productimpressionlist"))
                ?? PropertyValues.AsString(PropertyValues.Member(element, "list"))
                ?? "";
            var impression = new ProductImpression(list);
            foreach (var product in ReadProducts(PropertyValues.Member(element, "products")))
                impression.Products.Add(product);
            impressions.Add(impression);
        }

        return impressions;
    }

    static IEnumerable<Product> ReadProducts(LogEventPropertyValue? value)
    {
        foreach (var element in PropertyValues.Elements(value))
        {
            var product = new Product
            {
                Id = PropertyValues.AsString(PropertyValues.Member(element, "id") ?? PropertyValues.Member(element, "sku")),
                Name = PropertyValues.AsString(PropertyValues.Member(element, "name")),
                Brand = PropertyValues.AsString(PropertyValues.Member(element, "brand")),
                Category = PropertyValues.AsString(PropertyValues.Member(element, "category")),
                Variant = PropertyValues.AsString(PropertyValues.Member(element, "variant")),
                Position = PropertyValues.AsInt(PropertyValues.Member(element, "position")),
                Price = PropertyValues.AsDecimal(PropertyValues.Member(element, "price")),
                Quantity = PropertyValues.AsDecimal(PropertyValues.Member(element, "quantity")),
                CouponCode = PropertyValues.AsString(PropertyValues.Member(element, "couponcode")),
                AddedToCartTimeMs = PropertyValues.AsLong(PropertyValues.Member(element, "addedtocarttimems")),
                TotalProductAmount = PropertyValues.AsDecimal(PropertyValues.Member(element, "totalproductamount")),
            };

            foreach (var attribute in PropertyValues.Members(PropertyValues.Member(element, "customattributes")))
            {
                // Product attributes are strings on the wire; only scalars carry a usable value.
                if (PropertyValues.Scalar(attribute.Value) is { } scalar)
                    product.CustomAttributes[attribute.Key] = ScalarText.Of(scalar);
            }

            yield return product;
        }
    }

    static LogEventPropertyValue? Present(LogEventPropertyValue? value) => PropertyValues.IsNull(value) ? null : value;
}
