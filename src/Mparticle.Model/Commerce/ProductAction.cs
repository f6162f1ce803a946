using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>What happened to which products (<c>product_action</c>): <c>new ProductAction(ProductActionType.Purchase) { Products = { product }, TaxAmount = 1.50m }</c>.</summary>
public sealed class ProductAction
{
    private List<Product>? _products;

    /// <summary>Creates a product action.</summary>
    /// <param name="action">What happened.</param>
    public ProductAction(ProductActionType action)
    {
        Action = action;
    }

    [JsonConstructor]
    internal ProductAction()
    {
    }

    /// <summary>What happened (<c>action</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("action")]
    public ProductActionType Action { get; set; }

    /// <summary>The checkout step (<c>checkout_step</c>).</summary>
    [JsonPropertyName("checkout_step")]
    public int? CheckoutStep { get; set; }

    /// <summary>The checkout options (<c>checkout_options</c>).</summary>
    [JsonPropertyName("checkout_options")]
    public string? CheckoutOptions { get; set; }

    /// <summary>The product list (<c>product_action_list</c>).</summary>
    [JsonPropertyName("product_action_list")]
    public string? ProductActionList { get; set; }

    /// <summary>The source of the product list (<c>product_list_source</c>).</summary>
    [JsonPropertyName("product_list_source")]
    public string? ProductListSource { get; set; }

    /// <summary>The transaction id (<c>transaction_id</c>).</summary>
    [JsonPropertyName("transaction_id")]
    public string? TransactionId { get; set; }

    /// <summary>The affiliation (<c>affiliation</c>).</summary>
    [JsonPropertyName("affiliation")]
    public string? Affiliation { get; set; }

    /// <summary>The total amount (<c>total_amount</c>).</summary>
    [JsonPropertyName("total_amount")]
    public decimal? TotalAmount { get; set; }

    /// <summary>The tax amount (<c>tax_amount</c>).</summary>
    [JsonPropertyName("tax_amount")]
    public decimal? TaxAmount { get; set; }

    /// <summary>The shipping amount (<c>shipping_amount</c>).</summary>
    [JsonPropertyName("shipping_amount")]
    public decimal? ShippingAmount { get; set; }

    /// <summary>The coupon code (<c>coupon_code</c>).</summary>
    [JsonPropertyName("coupon_code")]
    public string? CouponCode { get; set; }

    /// <summary>The products (<c>products</c>); created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IList<Product> Products => _products ??= new List<Product>();

    [JsonInclude]
    [JsonPropertyName("products")]
    internal List<Product>? ProductsOrNull
    {
        get => _products is { Count: > 0 } ? _products : null;
        set => _products = value;
    }
}
