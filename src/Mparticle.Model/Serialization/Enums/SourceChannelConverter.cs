namespace Mparticle;

/// <summary>Wire names of <see cref="SourceChannel"/>, in declaration order.</summary>
internal sealed class SourceChannelConverter : WireEnumConverter<SourceChannel>
{
    internal static readonly SourceChannelConverter Instance = new();

    public SourceChannelConverter()
        : base(
            "native",
            "javascript",
            "pixel",
            "desktop",
            "partner",
            "server_to_server",
            "unknown")
    {
    }

    protected override int ToIndex(SourceChannel value) => (int)value;

    protected override SourceChannel FromIndex(int index) => (SourceChannel)index;
}
