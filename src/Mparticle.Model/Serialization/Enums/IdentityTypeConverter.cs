namespace Mparticle;

/// <summary>Wire names of <see cref="IdentityType"/>, in declaration order.</summary>
internal sealed class IdentityTypeConverter : WireEnumConverter<IdentityType>
{
    internal static readonly IdentityTypeConverter Instance = new();

    public IdentityTypeConverter()
        : base(
            "other",
            "customer_id",
            "facebook",
            "twitter",
            "google",
            "microsoft",
            "yahoo",
            "email",
            "alias",
            "facebook_custom_audience_id",
            "other_id_2",
            "other_id_3",
            "other_id_4",
            "other_id_5",
            "other_id_6",
            "other_id_7",
            "other_id_8",
            "other_id_9",
            "other_id_10",
            "mobile_number",
            "phone_number_2",
            "phone_number_3")
    {
    }

    protected override int ToIndex(IdentityType value) => (int)value;

    protected override IdentityType FromIndex(int index) => (IdentityType)index;
}
