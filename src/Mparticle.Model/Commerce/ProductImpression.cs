using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>Products seen in a named list (<c>product_impressions</c> entry).</summary>
public sealed class ProductImpression
{
    private List<Product>? _products;

    /// <summary>Creates an impression.</summary>
    /// <param name="productImpressionList">The name of the list the products were seen in.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="productImpressionList"/> is null.</exception>
    public ProductImpression(string productImpressionList)
    {
        Guard.NotNull(productImpressionList, nameof(productImpressionList));
        ProductImpressionList = productImpressionList;
    }

    [JsonConstructor]
    internal ProductImpression()
    {
        ProductImpressionList = string.Empty;
    }

    /// <summary>The name of the list (<c>product_impression_list</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("product_impression_list")]
    public string ProductImpressionList { get; set; }

    /// <summary>The products (<c>products</c>); required by the schema, so written even when empty.</summary>
    [JsonIgnore]
    public IList<Product> Products => _products ??= new List<Product>();

    [JsonInclude]
    [JsonPropertyName("products")]
    internal List<Product>? ProductsList
    {
        get => _products ??= new List<Product>();
        set => _products = value;
    }
}
