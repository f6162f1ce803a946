namespace Mparticle;

/// <summary>Wire names of <see cref="PushMessageType"/>, in declaration order.</summary>
internal sealed class PushMessageTypeConverter : WireEnumConverter<PushMessageType>
{
    internal static readonly PushMessageTypeConverter Instance = new();

    public PushMessageTypeConverter()
        : base(
            "sent",
            "received",
            "action")
    {
    }

    protected override int ToIndex(PushMessageType value) => (int)value;

    protected override PushMessageType FromIndex(int index) => (PushMessageType)index;
}
