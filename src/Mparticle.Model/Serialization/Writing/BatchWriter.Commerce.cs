using System.Text.Json;

namespace Mparticle;

internal static partial class BatchWriter
{
    internal static void WriteProductAction(Utf8JsonWriter writer, ProductAction value)
    {
        writer.WriteStartObject();
        writer.WriteString(WireNames.Action, ProductActionTypeConverter.Instance.Name(value.Action));
        writer.WriteOptional(WireNames.CheckoutStep, value.CheckoutStep);
        writer.WriteOptional(WireNames.CheckoutOptions, value.CheckoutOptions);
        writer.WriteOptional(WireNames.ProductActionList, value.ProductActionList);
        writer.WriteOptional(WireNames.ProductListSource, value.ProductListSource);
        writer.WriteOptional(WireNames.TransactionId, value.TransactionId);
        writer.WriteOptional(WireNames.Affiliation, value.Affiliation);
        writer.WriteOptional(WireNames.TotalAmount, value.TotalAmount);
        writer.WriteOptional(WireNames.TaxAmount, value.TaxAmount);
        writer.WriteOptional(WireNames.ShippingAmount, value.ShippingAmount);
        writer.WriteOptional(WireNames.CouponCode, value.CouponCode);
        if (value.ProductsOrNull is { } productsOrNull)
        {
            writer.WritePropertyName(WireNames.Products);
            WriteArray(writer, productsOrNull, WriteProduct);
        }
        writer.WriteEndObject();
    }

    internal static void WritePromotionAction(Utf8JsonWriter writer, PromotionAction value)
    {
        writer.WriteStartObject();
        writer.WriteString(WireNames.Action, PromotionActionTypeConverter.Instance.Name(value.Action));
        if (value.PromotionsOrNull is { } promotionsOrNull)
        {
            writer.WritePropertyName(WireNames.Promotions);
            WriteArray(writer, promotionsOrNull, WritePromotion);
        }
        writer.WriteEndObject();
    }

    internal static void WritePromotion(Utf8JsonWriter writer, Promotion value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.Id, value.Id);
        writer.WriteOptional(WireNames.Name, value.Name);
        writer.WriteOptional(WireNames.Creative, value.Creative);
        writer.WriteOptional(WireNames.Position, value.Position);
        writer.WriteEndObject();
    }

    internal static void WriteProduct(Utf8JsonWriter writer, Product value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.Id, value.Id);
        writer.WriteOptional(WireNames.Name, value.Name);
        writer.WriteOptional(WireNames.Brand, value.Brand);
        writer.WriteOptional(WireNames.Category, value.Category);
        writer.WriteOptional(WireNames.Variant, value.Variant);
        writer.WriteOptional(WireNames.Position, value.Position);
        writer.WriteOptional(WireNames.Price, value.Price);
        writer.WriteOptional(WireNames.Quantity, value.Quantity);
        writer.WriteOptional(WireNames.CouponCode, value.CouponCode);
        writer.WriteOptional(WireNames.AddedToCartTimeMs, value.AddedToCartTimeMs);
        writer.WriteOptional(WireNames.TotalProductAmount, value.TotalProductAmount);
        WriteStrings(writer, WireNames.CustomAttributes, value.CustomAttributesOrNull);
        writer.WriteEndObject();
    }

    internal static void WriteProductImpression(Utf8JsonWriter writer, ProductImpression value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.ProductImpressionList, value.ProductImpressionList);
        if (value.ProductsList is { } productsList)
        {
            writer.WritePropertyName(WireNames.Products);
            WriteArray(writer, productsList, WriteProduct);
        }
        writer.WriteEndObject();
    }

    internal static void WriteShoppingCart(Utf8JsonWriter writer, ShoppingCart value)
    {
        writer.WriteStartObject();
        if (value.ProductsList is { } productsList)
        {
            writer.WritePropertyName(WireNames.Products);
            WriteArray(writer, productsList, WriteProduct);
        }
        writer.WriteEndObject();
    }
}
