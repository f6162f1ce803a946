using System.Collections.Generic;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Compat;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Builds commerce events from destructured payloads as Serilog stores them: a whole <c>MpCommerceEvent</c>,
/// or <c>MpProductAction</c> / <c>MpPromotionAction</c> / <c>MpProductImpressions</c> / <c>MpShoppingCart</c>
/// (structures, dictionaries, sequences), with C# or JSON member names. The separate properties win over
/// the same parts of a whole commerce event, whose shared event fields (time, location, ...) are kept too.
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
            ReadProducts(PropertyValues.Member(cartValue, "products"), cart.Products);
            commerce.ShoppingCart = cart;
        }

        commerce.CurrencyCode = PropertyValues.AsString(properties.Present(Convention.CurrencyCode))
            ?? PropertyValues.AsString(PropertyValues.Member(whole, "currencycode"));
        commerce.ScreenName = PropertyValues.AsString(PropertyValues.Member(whole, "screenname"));
        commerce.IsNonInteractive = PropertyValues.AsBool(PropertyValues.Member(whole, "isnoninteractive"));
        commerce.EventName = PropertyValues.AsString(PropertyValues.Member(whole, "eventname"));
        commerce.CustomEventType = PropertyValues.AsEnum<CommerceEventType>(PropertyValues.Member(whole, "customeventtype"));
        EventFieldsReader.Read(whole, commerce);
        return commerce;
    }

    static ProductAction ReadProductAction(LogEventPropertyValue value)
    {
        // One pass over the members, each name normalized once: a destructured ProductAction has a dozen.
        ProductActionType? action = null;
        var productAction = new ProductAction(ProductActionType.Purchase);
        LogEventPropertyValue? products = null;
        foreach (var member in PropertyValues.Members(value))
        {
            var v = member.Value;
            switch (NameKey.Of(member.Key))
            {
                case "action": action = PropertyValues.AsEnum<ProductActionType>(v); break;
                case "checkoutstep": productAction.CheckoutStep = PropertyValues.AsInt(v); break;
                case "checkoutoptions": productAction.CheckoutOptions = PropertyValues.AsString(v); break;
                case "productactionlist": productAction.ProductActionList = PropertyValues.AsString(v); break;
                case "productlistsource": productAction.ProductListSource = PropertyValues.AsString(v); break;
                case "transactionid": productAction.TransactionId = PropertyValues.AsString(v); break;
                case "affiliation": productAction.Affiliation = PropertyValues.AsString(v); break;
                case "totalamount": productAction.TotalAmount = PropertyValues.AsDecimal(v); break;
                case "taxamount": productAction.TaxAmount = PropertyValues.AsDecimal(v); break;
                case "shippingamount": productAction.ShippingAmount = PropertyValues.AsDecimal(v); break;
                case "couponcode": productAction.CouponCode = PropertyValues.AsString(v); break;
                case "products": products = v; break;
            }
        }

        productAction.Action = action
            ?? throw new MappingException(
                $"A product action needs an action ({string.Join(", ", EnumCompat.GetNames<ProductActionType>())}).");

        ReadProducts(products, productAction.Products);
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
            ReadProducts(PropertyValues.Member(element, "products"), impression.Products);
            impressions.Add(impression);
        }

        return impressions;
    }

    static void ReadProducts(LogEventPropertyValue? value, ICollection<Product> into)
    {
        if (value is not SequenceValue sequence)
            return;

        foreach (var element in sequence.Elements)
        {
            var product = new Product();
            LogEventPropertyValue? sku = null;
            foreach (var member in PropertyValues.Members(element))
            {
                var v = member.Value;
                switch (NameKey.Of(member.Key))
                {
                    case "id": product.Id = PropertyValues.AsString(v); break;
                    case "sku": sku = v; break;
                    case "name": product.Name = PropertyValues.AsString(v); break;
                    case "brand": product.Brand = PropertyValues.AsString(v); break;
                    case "category": product.Category = PropertyValues.AsString(v); break;
                    case "variant": product.Variant = PropertyValues.AsString(v); break;
                    case "position": product.Position = PropertyValues.AsInt(v); break;
                    case "price": product.Price = PropertyValues.AsDecimal(v); break;
                    case "quantity": product.Quantity = PropertyValues.AsDecimal(v); break;
                    case "couponcode": product.CouponCode = PropertyValues.AsString(v); break;
                    case "addedtocarttimems": product.AddedToCartTimeMs = PropertyValues.AsLong(v); break;
                    case "totalproductamount": product.TotalProductAmount = PropertyValues.AsDecimal(v); break;
                    case "customattributes":
                        foreach (var attribute in PropertyValues.Members(v))
                        {
                            // Product attributes are strings on the wire; only scalars carry a usable value.
                            if (PropertyValues.Scalar(attribute.Value) is { } scalar)
                                product.CustomAttributes[attribute.Key] = ScalarText.Of(scalar);
                        }

                        break;
                }
            }

            // "id" wins; "sku" is the other common name for it.
            if (product.Id is null && sku is not null)
                product.Id = PropertyValues.AsString(sku);
            into.Add(product);
        }
    }

    static LogEventPropertyValue? Present(LogEventPropertyValue? value) => PropertyValues.IsNull(value) ? null : value;
}
