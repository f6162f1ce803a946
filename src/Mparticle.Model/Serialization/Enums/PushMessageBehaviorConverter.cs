namespace Mparticle;

/// <summary>Wire names of <see cref="PushMessageBehavior"/>, in declaration order.</summary>
internal sealed class PushMessageBehaviorConverter : WireEnumConverter<PushMessageBehavior>
{
    internal static readonly PushMessageBehaviorConverter Instance = new();

    public PushMessageBehaviorConverter()
        : base(
            "Received",
            "DirectOpen",
            "Read",
            "InfluencedOpen",
            "Displayed")
    {
    }

    protected override int ToIndex(PushMessageBehavior value) => (int)value;

    protected override PushMessageBehavior FromIndex(int index) => (PushMessageBehavior)index;
}
