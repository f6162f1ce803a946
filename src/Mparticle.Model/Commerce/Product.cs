using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A product in a product action, impression or shopping cart. Money and quantities are decimals, written exactly.</summary>
public sealed class Product
{
    private Dictionary<string, string>? _customAttributes;

    /// <summary>Creates an empty product; set at least <see cref="Id"/> or <see cref="Name"/>.</summary>
    public Product()
    {
    }

    /// <summary>Creates a product.</summary>
    /// <param name="id">The SKU.</param>
    /// <param name="name">The product name.</param>
    public Product(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The SKU (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The product name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The brand (<c>brand</c>).</summary>
    [JsonPropertyName("brand")]
    public string? Brand { get; set; }

    /// <summary>The category (<c>category</c>).</summary>
    [JsonPropertyName("category")]
    public string? Category { get; set; }

    /// <summary>The variant (<c>variant</c>).</summary>
    [JsonPropertyName("variant")]
    public string? Variant { get; set; }

    /// <summary>The position in a list (<c>position</c>).</summary>
    [JsonPropertyName("position")]
    public int? Position { get; set; }

    /// <summary>The unit price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; set; }

    /// <summary>The quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public decimal? Quantity { get; set; }

    /// <summary>The coupon code (<c>coupon_code</c>).</summary>
    [JsonPropertyName("coupon_code")]
    public string? CouponCode { get; set; }

    /// <summary>When the product was added to the cart, in unix epoch milliseconds (<c>added_to_cart_time_ms</c>).</summary>
    [JsonPropertyName("added_to_cart_time_ms")]
    public long? AddedToCartTimeMs { get; set; }

    /// <summary>The total amount for this product (<c>total_product_amount</c>).</summary>
    [JsonPropertyName("total_product_amount")]
    public decimal? TotalProductAmount { get; set; }

    /// <summary>Product attributes (<c>custom_attributes</c>); string values only, as the schema says. Created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IDictionary<string, string> CustomAttributes => _customAttributes ??= new Dictionary<string, string>();

    [JsonInclude]
    [JsonPropertyName("custom_attributes")]
    internal Dictionary<string, string>? CustomAttributesOrNull
    {
        get => _customAttributes is { Count: > 0 } ? _customAttributes : null;
        set => _customAttributes = value;
    }
}
