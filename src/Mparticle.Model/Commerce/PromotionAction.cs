using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>What happened to which promotions (<c>promotion_action</c>).</summary>
public sealed class PromotionAction
{
    private List<Promotion>? _promotions;

    /// <summary>Creates a promotion action.</summary>
    /// <param name="action">What happened.</param>
    public PromotionAction(PromotionActionType action)
    {
        Action = action;
    }

    [JsonConstructor]
    internal PromotionAction()
    {
    }

    /// <summary>What happened (<c>action</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("action")]
    public PromotionActionType Action { get; set; }

    /// <summary>The promotions (<c>promotions</c>); created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IList<Promotion> Promotions => _promotions ??= new List<Promotion>();

    [JsonInclude]
    [JsonPropertyName("promotions")]
    internal List<Promotion>? PromotionsOrNull
    {
        get => _promotions is { Count: > 0 } ? _promotions : null;
        set => _promotions = value;
    }
}
