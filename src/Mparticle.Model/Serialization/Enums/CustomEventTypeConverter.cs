namespace Mparticle;

/// <summary>Wire names of <see cref="CustomEventType"/>, in declaration order.</summary>
internal sealed class CustomEventTypeConverter : WireEnumConverter<CustomEventType>
{
    internal static readonly CustomEventTypeConverter Instance = new();

    public CustomEventTypeConverter()
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
            "attribution")
    {
    }

    protected override int ToIndex(CustomEventType value) => (int)value;

    protected override CustomEventType FromIndex(int index) => (CustomEventType)index;
}
