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
            app.MapGet("/receiver", () =>
            {
                // Statistics is a new snapshot at each read: read it once, so the counts agree with each other.
                var statistics = receiver.Statistics;
                return Results.Ok(new
                {
                    statistics.RequestCount,
                    statistics.BatchCount,
                    statistics.EventCount,
                    EventCountsByType = statistics.EventCountsByType.ToDictionary(p => p.Key.ToString(), p => p.Value),
                    statistics.EventCountsByUser,
                });
            });
        }
    }
}
