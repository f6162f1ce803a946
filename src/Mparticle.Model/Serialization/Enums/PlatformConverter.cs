namespace Mparticle;

/// <summary>Wire names of <see cref="Platform"/>, in declaration order.</summary>
internal sealed class PlatformConverter : WireEnumConverter<Platform>
{
    internal static readonly PlatformConverter Instance = new();

    public PlatformConverter()
        : base(
            "iOS",
            "Android",
            "web",
            "tvOS",
            "roku",
            "out_of_band",
            "alexa",
            "smart_tv",
            "fire_tv",
            "xbox",
            "desktop")
    {
    }

    protected override int ToIndex(Platform value) => (int)value;

    protected override Platform FromIndex(int index) => (Platform)index;
}
