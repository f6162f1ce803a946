using Mparticle.Samples.WebApp.Identity;

namespace Mparticle.Samples.WebApp.Shop;

/// <summary>
/// The shop's endpoints. Each logs what the user did as an mParticle event with an ordinary <see cref="ILogger"/>
/// call (<c>LogAppEvent</c>, <c>LogCommerceEvent</c>); the user comes from the scope of
/// <see cref="SignedInUserMiddleware"/>.
/// </summary>
sealed class ShopEndpoints
{
    readonly ILogger<ShopEndpoints> _logger;
    readonly Catalog _catalog;
    int _orders;

    public ShopEndpoints(ILogger<ShopEndpoints> logger, Catalog catalog)
    {
        _logger = logger;
        _catalog = catalog;
    }

    /// <summary><c>POST /signin/{userId}</c>: sets the demo cookie.</summary>
    public IResult SignIn(string userId, HttpContext context)
    {
        context.Response.Cookies.Append(SignedInUserMiddleware.CookieName, userId, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax });
        using (_logger.BeginMparticleUser(SignedInUser.Identities(userId)))
            _logger.LogAppEvent("Signed In", CustomEventType.Navigation);
        return Results.Text($"Signed in as {userId}.\n");
    }

    /// <summary><c>GET /products/{sku}</c>: a product page.</summary>
    public IResult ViewProduct(string sku)
    {
        if (_catalog.Find(sku) is not { } product)
            return Results.NotFound();

        _logger.LogAppEvent("Viewed Product", CustomEventType.Navigation, ("sku", product.Id), ("price", product.Price));
        return Results.Ok(new { product.Id, product.Name, product.Price });
    }

    /// <summary><c>GET /search?q=...</c>: products whose name contains the query.</summary>
    public IResult Search(string q)
    {
        var found = _catalog.Search(q).Select(p => new { p.Id, p.Name, p.Price }).ToList();
        _logger.LogAppEvent("Searched", CustomEventType.Search, ("query", q), ("results", found.Count));
        return Results.Ok(found);
    }

    /// <summary><c>POST /cart/{sku}</c>: adds one product to the cart.</summary>
    public IResult AddToCart(string sku)
    {
        if (_catalog.Find(sku) is not { } product)
            return Results.NotFound();

        _logger.LogCommerceEvent(new ProductAction(ProductActionType.AddToCart) { Products = { product } });
        return Results.NoContent();
    }

    /// <summary><c>POST /checkout</c>: buys the items, one purchase with every product.</summary>
    public IResult Checkout(CheckoutRequest request)
    {
        var purchase = new ProductAction(ProductActionType.Purchase) { TransactionId = $"W-{Interlocked.Increment(ref _orders):D4}" };
        foreach (var item in request.Items)
        {
            if (item.Quantity < 1 || _catalog.Find(item.Sku, item.Quantity) is not { } product)
                return Results.BadRequest($"Unknown SKU or quantity: {item.Sku} x {item.Quantity}.");
            purchase.Products.Add(product);
        }

        if (purchase.Products.Count == 0)
            return Results.BadRequest("The order has no items.");

        purchase.TotalAmount = purchase.Products.Sum(p => p.Price!.Value * p.Quantity!.Value);
        _logger.LogCommerceEvent(new CommerceEvent(purchase) { CurrencyCode = "EUR" });
        return Results.Ok(new { OrderId = purchase.TransactionId, Total = purchase.TotalAmount });
    }
}
