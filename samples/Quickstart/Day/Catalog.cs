namespace Mparticle.Samples.Quickstart.Day;

/// <summary>The shop's products, and the product actions of an order and a refund.</summary>
static class Catalog
{
    static int _orders;

    public static Product Socks(int quantity = 1) => new("SKU-SOCKS", "Merino Socks") { Category = "Accessories", Price = 12.50m, Quantity = quantity };

    public static Product Beanie(int quantity = 1) => new("SKU-BEANIE", "Wool Beanie") { Category = "Hats", Price = 24.00m, Quantity = quantity };

    public static Product Scarf(int quantity = 1) => new("SKU-SCARF", "Cashmere Scarf") { Category = "Accessories", Price = 89.00m, Quantity = quantity };

    public static Product Gloves(int quantity = 1) => new("SKU-GLOVES", "Leather Gloves") { Category = "Accessories", Price = 45.00m, Quantity = quantity };

    /// <summary>A purchase of the products, with a new transaction id, its total and the tax included.</summary>
    public static ProductAction Order(IEnumerable<Product> products)
    {
        var order = new ProductAction(ProductActionType.Purchase) { TransactionId = $"T-{1000 + Interlocked.Increment(ref _orders)}" };
        foreach (var product in products)
            order.Products.Add(product);
        order.TotalAmount = order.Products.Sum(p => p.Price!.Value * p.Quantity!.Value);
        order.TaxAmount = Math.Round(order.TotalAmount.Value * 0.2m / 1.2m, 2);
        return order;
    }

    /// <summary>A refund of one product of an order.</summary>
    public static ProductAction Refund(ProductAction order, Product product) => new(ProductActionType.Refund)
    {
        TransactionId = order.TransactionId,
        TotalAmount = product.Price * product.Quantity,
        Products = { product },
    };
}
