namespace Mparticle;

/// <summary>Wire names of <see cref="CommerceEventType"/>, in declaration order.</summary>
internal sealed class CommerceEventTypeConverter : WireEnumConverter<CommerceEventType>
{
    internal static readonly CommerceEventTypeConverter Instance = new();

    public CommerceEventTypeConverter()
        : base(
            "navigation",
            "location",
            "search",
            "transaction",
            "user_content",
            "user_preference",
            "social",
            "other",
            "media",
            "add_to_cart",
            "remove_from_cart",
            "checkout",
            "checkout_option",
            "click",
            "view_detail",
            "purchase",
            "refund",
            "promotion_view",
            "promotion_click",
            "add_to_wishlist",
            "remove_from_wishlist",
            "impression",
            "attribution",
            "consent_granted",
            "consent_denied")
    {
    }

    protected override int ToIndex(CommerceEventType value) => (int)value;

    protected override CommerceEventType FromIndex(int index) => (CommerceEventType)index;
}
