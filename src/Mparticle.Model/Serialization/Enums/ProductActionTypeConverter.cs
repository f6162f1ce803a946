namespace Mparticle;

/// <summary>Wire names of <see cref="ProductActionType"/>, in declaration order.</summary>
internal sealed class ProductActionTypeConverter : WireEnumConverter<ProductActionType>
{
    internal static readonly ProductActionTypeConverter Instance = new();

    public ProductActionTypeConverter()
        : base(
            "add_to_cart",
            "remove_from_cart",
            "checkout",
            "checkout_option",
            "click",
            "view_detail",
            "purchase",
            "refund",
            "add_to_wishlist",
            "remove_from_wish_list")
    {
    }

    protected override int ToIndex(ProductActionType value) => (int)value;

    protected override ProductActionType FromIndex(int index) => (ProductActionType)index;
}
