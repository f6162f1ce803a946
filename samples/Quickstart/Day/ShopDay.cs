using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace Mparticle.Samples.Quickstart.Day;

/// <summary>
/// A day in a small online shop, as its code would log it: mParticle calls on <see cref="ILogger"/>
/// (Mparticle.Extensions.Logging), and ordinary log calls - Serilog's and ILogger's - that the rules in
/// appsettings.json turn into mParticle events without any change to the calls.
/// </summary>
sealed class ShopDay
{
    readonly ILogger _app;
    readonly ILogger _reviews;
    readonly Serilog.ILogger _search;
    readonly Serilog.ILogger _checkout;
    readonly ILogger _privacy;

    public ShopDay(ILoggerFactory loggerFactory, Serilog.ILogger log)
    {
        _app = loggerFactory.CreateLogger("Shop.App");
        _reviews = loggerFactory.CreateLogger("Shop.Reviews");
        _search = log.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "Shop.Search");
        _checkout = log.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "Shop.Checkout");
        _privacy = loggerFactory.CreateLogger("Shop.Privacy");
    }

    /// <summary>The shop's customers today.</summary>
    public static IReadOnlyList<Shopper> Shoppers { get; } =
    [
        new(new UserIdentities { CustomerId = "c-1001", Email = "ada@example.com" },
            new Dictionary<string, object?> { ["$firstname"] = "Ada", ["$country"] = "GB", ["plan"] = "gold" },
            Consent: Gdpr(("marketing", true), ("analytics", true)),
            Basket: [Catalog.Socks(quantity: 2), Catalog.Scarf()],
            Search: "merino socks",
            SessionLength: TimeSpan.FromMinutes(14)),
        new(new UserIdentities { CustomerId = "c-1002", Email = "grace@example.com" },
            new Dictionary<string, object?> { ["$firstname"] = "Grace", ["$country"] = "US", ["$state"] = "CA", ["plan"] = "basic" },
            Consent: new ConsentState { Ccpa = new CcpaConsentState { Consented = true, Document = "ccpa-notice-2026", Location = "shop.example.com/privacy" } },
            Basket: [Catalog.Beanie(), Catalog.Gloves()],
            Search: "winter gloves",
            SessionLength: TimeSpan.FromMinutes(23),
            RefundsOneItem: true),
        new(new UserIdentities { CustomerId = "c-1003", Email = "linus@example.com" },
            new Dictionary<string, object?> { ["$firstname"] = "Linus", ["$country"] = "FI", ["plan"] = "trial" },
            Consent: Gdpr(("marketing", false), ("analytics", true)),
            Basket: [Catalog.Socks(quantity: 3), Catalog.Beanie()],
            Search: "beanie",
            SessionLength: TimeSpan.FromMinutes(9),
            IsNewInstall: true),
    ];

    /// <summary>GDPR consent to the given purposes, collected by the sign-up form under the current privacy policy.</summary>
    static ConsentState Gdpr(params (string Purpose, bool Consented)[] purposes)
    {
        var consent = new ConsentState();
        foreach (var (purpose, consented) in purposes)
            consent.Gdpr[purpose] = new GdprConsentState { Consented = consented, Document = "privacy-policy-2026", Location = "shop.example.com/signup" };
        return consent;
    }

    public void Run()
    {
        foreach (var shopper in Shoppers)
            Live(shopper);

        // Not about anyone: no marker and no rule, so it stays an ordinary log line.
        _app.StockSynced(productCount: 4);
    }

    void Live(Shopper shopper)
    {
        // Everything logged inside belongs to this shopper: the ILogger calls through the user scope, the
        // Serilog calls through the log context (both carry the same identities, so they share one batch).
        using var user = _app.BeginMparticleUser(shopper.Identities, shopper.Attributes);
        using var context = LogContext.PushProperty(MparticleProperties.MpUserIdentities, shopper.Identities, destructureObjects: true);

        var sessionId = Guid.NewGuid().ToString();
        if (shopper.IsNewInstall)
            _app.LogApplicationStateTransition(MparticleTransitionKinds.Install);
        _app.LogSessionStart(sessionId);

        // The shopper's privacy choice: no event, the user's consent_state (its time is the log call's).
        _privacy.LogConsentState(shopper.Consent);

        _app.LogScreenView("Home");
        _app.LogAppEvent("Opened Menu", CustomEventType.Navigation, ("menu", "winter"));

        // Tapped by the "Shop.Search" rule: a search event with the query and result count as attributes.
        _search.Information("Search for {Query} returned {ResultCount} results", shopper.Search, 12);

        var product = shopper.Basket[0];
        _app.LogScreenView("Product", new Dictionary<string, object?> { ["sku"] = product.Id });
        _app.LogAppEvent("Played Video", CustomEventType.Media, ("video", $"{product.Id}-360"), ("seconds", 42));
        _app.LogAppEvent("Shared Product", CustomEventType.Social, ("sku", product.Id), ("network", "mastodon"));
        if (shopper.IsNewInstall)
            _app.LogAppEvent("Found Store", CustomEventType.Location, ("city", "Helsinki"));

        var order = Catalog.Order(shopper.Basket);
        _app.LogCommerceEvent(new CommerceEvent(order) { CurrencyCode = "EUR" });

        // Tapped by the "Order Placed" rule (its template): a transaction event for customer UserId.
        _checkout.Information("Order {OrderId} placed by {UserId} for {Total}", order.TransactionId, shopper.CustomerId, order.TotalAmount);

        // An ordinary [LoggerMessage] call, tapped by the "ReviewWritten" rule (its EventId name): a user_content event.
        _reviews.ReviewWritten(product.Id, stars: 5);

        if (shopper.RefundsOneItem)
            _app.LogCommerceEvent(Catalog.Refund(order, shopper.Basket[1]));

        _app.LogUserAttributes(
            new Dictionary<string, object?> { ["lifetime_orders"] = 1, ["last_order_total"] = order.TotalAmount },
            removed: ["cart_abandoned_at"]);

        _app.LogSessionEnd(sessionId, shopper.SessionLength);
    }
}
