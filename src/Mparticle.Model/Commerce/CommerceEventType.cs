namespace Mparticle;

/// <summary>The <c>custom_event_type</c> of a <see cref="CommerceEvent"/> (OAS marks it read-only: mParticle derives it from the action).</summary>
public enum CommerceEventType
{
    /// <summary><c>navigation</c>: Navigation within the application.</summary>
    Navigation,

    /// <summary><c>location</c>: A location event.</summary>
    Location,

    /// <summary><c>search</c>: A search.</summary>
    Search,

    /// <summary><c>transaction</c>: A transaction.</summary>
    Transaction,

    /// <summary><c>user_content</c>: Content the user created.</summary>
    UserContent,

    /// <summary><c>user_preference</c>: A user preference.</summary>
    UserPreference,

    /// <summary><c>social</c>: A social interaction.</summary>
    Social,

    /// <summary><c>other</c>: Anything else.</summary>
    Other,

    /// <summary><c>media</c>: Media playback (mParticle has no separate media event type).</summary>
    Media,

    /// <summary><c>add_to_cart</c>: Products added to the cart.</summary>
    AddToCart,

    /// <summary><c>remove_from_cart</c>: Products removed from the cart.</summary>
    RemoveFromCart,

    /// <summary><c>checkout</c>: A checkout step.</summary>
    Checkout,

    /// <summary><c>checkout_option</c>: A checkout option.</summary>
    CheckoutOption,

    /// <summary><c>click</c>: A product click.</summary>
    Click,

    /// <summary><c>view_detail</c>: A product detail view.</summary>
    ViewDetail,

    /// <summary><c>purchase</c>: A purchase.</summary>
    Purchase,

    /// <summary><c>refund</c>: A refund.</summary>
    Refund,

    /// <summary><c>promotion_view</c>: A promotion was viewed.</summary>
    PromotionView,

    /// <summary><c>promotion_click</c>: A promotion was clicked.</summary>
    PromotionClick,

    /// <summary><c>add_to_wishlist</c>: Products added to a wish list.</summary>
    AddToWishlist,

    /// <summary><c>remove_from_wishlist</c>: Products removed from a wish list (spelled <c>remove_from_wishlist</c> here, unlike the product action).</summary>
    RemoveFromWishlist,

    /// <summary><c>impression</c>: Product impressions.</summary>
    Impression,

    /// <summary><c>attribution</c>: Attribution.</summary>
    Attribution,

    /// <summary><c>consent_granted</c>: Consent was granted.</summary>
    ConsentGranted,

    /// <summary><c>consent_denied</c>: Consent was denied.</summary>
    ConsentDenied,
}
