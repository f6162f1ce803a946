namespace Mparticle;

/// <summary>The <c>action</c> of a <see cref="ProductAction"/>.</summary>
public enum ProductActionType
{
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

    /// <summary><c>add_to_wishlist</c>: Products added to a wish list.</summary>
    AddToWishlist,

    /// <summary><c>remove_from_wish_list</c>: Products removed from a wish list (the schema spells it <c>remove_from_wish_list</c> here, unlike the commerce <c>custom_event_type</c>).</summary>
    RemoveFromWishlist,
}
