using Mparticle.Samples.WebApp.Identity;

namespace Mparticle.Samples.WebApp.Shop;

/// <summary>The shop's routes. Everything but the index and sign-in needs a signed-in user.</summary>
static class ShopRoutes
{
    public static void MapShop(this WebApplication app, MparticleTarget target)
    {
        app.MapGet("/", () => Results.Text(
            "Sign in with the header X-Demo-User: NAME, or POST /signin/NAME (a cookie). Then:\n" +
            "  GET /products/SKU-SOCKS, GET /search?q=wool, POST /cart/SKU-BEANIE,\n" +
            "  POST /checkout {\"items\":[{\"sku\":\"SKU-SOCKS\",\"quantity\":2}]}\n" +
            (target.Receiver is null ? "" : "  GET /receiver shows what the local mParticle receiver accepted.\n")));

        app.MapPost("/signin/{userId}", (string userId, HttpContext context, ShopEndpoints shop) => shop.SignIn(userId, context));

        var shop = app.MapGroup("").AddEndpointFilter(async (context, next) =>
            SignedInUser.Of(context.HttpContext) is null
                ? Results.Text($"Sign in first: send the {SignedInUserMiddleware.HeaderName} header or POST /signin/NAME.\n", statusCode: StatusCodes.Status401Unauthorized)
                : await next(context));
        shop.MapGet("/products/{sku}", (string sku, ShopEndpoints endpoints) => endpoints.ViewProduct(sku));
        shop.MapGet("/search", (string q, ShopEndpoints endpoints) => endpoints.Search(q));
        shop.MapPost("/cart/{sku}", (string sku, ShopEndpoints endpoints) => endpoints.AddToCart(sku));
        shop.MapPost("/checkout", (CheckoutRequest request, ShopEndpoints endpoints) => endpoints.Checkout(request));

        if (target.Receiver is { } receiver)
        {
            app.MapGet("/receiver", () => Results.Ok(new
            {
                receiver.Statistics.RequestCount,
                receiver.Statistics.BatchCount,
                receiver.Statistics.EventCount,
                EventCountsByType = receiver.Statistics.EventCountsByType.ToDictionary(p => p.Key.ToString(), p => p.Value),
                receiver.Statistics.EventCountsByUser,
            }));
        }
    }
}
