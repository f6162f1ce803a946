namespace Mparticle;

/// <summary>Wire names of <see cref="DeviceOrientation"/>, in declaration order.</summary>
internal sealed class DeviceOrientationConverter : WireEnumConverter<DeviceOrientation>
{
    internal static readonly DeviceOrientationConverter Instance = new();

    public DeviceOrientationConverter()
        : base(
            "portrait",
            "portrait_upside_down",
            "landscape",
            "LandscapeLeft",
            "LandscapeRight",
            "FaceUp",
            "FaceDown",
            "Square",
            "unknown")
    {
    }

    protected override int ToIndex(DeviceOrientation value) => (int)value;

    protected override DeviceOrientation FromIndex(int index) => (DeviceOrientation)index;
}
