using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// A commerce event (<c>commerce_event</c>) in one of three flavours: a product action
/// (<c>new CommerceEvent(new ProductAction(ProductActionType.Purchase) { Products = { product } })</c>),
/// a promotion action, or product impressions.
/// </summary>
public sealed class CommerceEvent : BaseEvent
{
    private List<ProductImpression>? _productImpressions;

    /// <summary>Creates a product-based commerce event.</summary>
    /// <param name="productAction">What happened to which products.</param>
    /// <exception cref="ArgumentNullException"><paramref name="productAction"/> is null.</exception>
    public CommerceEvent(ProductAction productAction)
    {
        Guard.NotNull(productAction, nameof(productAction));
        ProductAction = productAction;
    }

    /// <summary>Creates a promotion-based commerce event.</summary>
    /// <param name="promotionAction">What happened to which promotions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="promotionAction"/> is null.</exception>
    public CommerceEvent(PromotionAction promotionAction)
    {
        Guard.NotNull(promotionAction, nameof(promotionAction));
        PromotionAction = promotionAction;
    }

    /// <summary>Creates an impression-based commerce event.</summary>
    /// <param name="productImpressions">The impressions; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="productImpressions"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="productImpressions"/> is empty.</exception>
    public CommerceEvent(IEnumerable<ProductImpression> productImpressions)
    {
        Guard.NotNull(productImpressions, nameof(productImpressions));
        var list = productImpressions.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("An impression-based commerce event needs at least one product impression.", nameof(productImpressions));
        }

        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(productImpressions), "A product impression cannot be null.");
        }

        _productImpressions = list;
    }

    [JsonConstructor]
    internal CommerceEvent()
    {
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.CommerceEvent;

    /// <summary>The product action (<c>product_action</c>).</summary>
    [JsonPropertyName("product_action")]
    public ProductAction? ProductAction { get; set; }

    /// <summary>The promotion action (<c>promotion_action</c>).</summary>
    [JsonPropertyName("promotion_action")]
    public PromotionAction? PromotionAction { get; set; }

    /// <summary>The product impressions (<c>product_impressions</c>); created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IList<ProductImpression> ProductImpressions => _productImpressions ??= new List<ProductImpression>();

    /// <summary>The shopping cart (<c>shopping_cart</c>).</summary>
    [JsonPropertyName("shopping_cart")]
    public ShoppingCart? ShoppingCart { get; set; }

    /// <summary>The ISO 4217 currency code (<c>currency_code</c>).</summary>
    [JsonPropertyName("currency_code")]
    public string? CurrencyCode { get; set; }

    /// <summary>The screen the event happened on (<c>screen_name</c>).</summary>
    [JsonPropertyName("screen_name")]
    public string? ScreenName { get; set; }

    /// <summary>Whether the event was not caused by the user (<c>is_non_interactive</c>).</summary>
    [JsonPropertyName("is_non_interactive")]
    public bool? IsNonInteractive { get; set; }

    /// <summary>The event name (<c>event_name</c>).</summary>
    [JsonPropertyName("event_name")]
    public string? EventName { get; set; }

    /// <summary>The kind of commerce event (<c>custom_event_type</c>); mParticle derives it from the action when omitted.</summary>
    [JsonPropertyName("custom_event_type")]
    public CommerceEventType? CustomEventType { get; set; }

    [JsonInclude]
    [JsonPropertyName("product_impressions")]
    internal List<ProductImpression>? ProductImpressionsOrNull
    {
        get => _productImpressions is { Count: > 0 } ? _productImpressions : null;
        set => _productImpressions = value;
    }
}
