namespace Mparticle.Samples.WebApp.Shop;

/// <summary>The body of <c>POST /checkout</c>: <c>{"items": [{"sku": "SKU-SOCKS", "quantity": 2}]}</c>.</summary>
sealed record CheckoutRequest(IReadOnlyList<CheckoutItem> Items);

/// <summary>One line of a checkout.</summary>
sealed record CheckoutItem(string Sku, int Quantity);
