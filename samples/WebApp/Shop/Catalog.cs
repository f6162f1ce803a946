namespace Mparticle.Samples.WebApp.Shop;

/// <summary>The products the shop sells, by SKU.</summary>
sealed class Catalog
{
    readonly Dictionary<string, (string Name, decimal Price)> _items;

    Catalog(Dictionary<string, (string Name, decimal Price)> items) => _items = items;

    public static Catalog Default { get; } = new(new(StringComparer.OrdinalIgnoreCase)
    {
        ["SKU-SOCKS"] = ("Merino Socks", 12.50m),
        ["SKU-BEANIE"] = ("Wool Beanie", 24.00m),
        ["SKU-SCARF"] = ("Cashmere Scarf", 89.00m),
    });

    public IEnumerable<string> Skus => _items.Keys;

    /// <summary>The product with that SKU as an mParticle product, or <c>null</c> when there is none.</summary>
    public Product? Find(string sku, int quantity = 1) =>
        _items.TryGetValue(sku, out var item)
            ? new Product(sku.ToUpperInvariant(), item.Name) { Price = item.Price, Quantity = quantity }
            : null;

    public IEnumerable<Product> Search(string query) =>
        _items.Where(item => item.Value.Name.Contains(query, StringComparison.OrdinalIgnoreCase)).Select(item => Find(item.Key)!);
}
