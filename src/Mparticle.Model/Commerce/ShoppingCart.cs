using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The products in the cart (<c>shopping_cart</c>).</summary>
public sealed class ShoppingCart
{
    private List<Product>? _products;

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
