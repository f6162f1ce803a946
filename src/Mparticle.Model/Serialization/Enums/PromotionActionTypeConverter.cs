namespace Mparticle;

/// <summary>Wire names of <see cref="PromotionActionType"/>, in declaration order.</summary>
internal sealed class PromotionActionTypeConverter : WireEnumConverter<PromotionActionType>
{
    internal static readonly PromotionActionTypeConverter Instance = new();

    public PromotionActionTypeConverter()
        : base(
            "view",
            "click")
    {
    }

    protected override int ToIndex(PromotionActionType value) => (int)value;

    protected override PromotionActionType FromIndex(int index) => (PromotionActionType)index;
}
