namespace Mparticle;

/// <summary>Wire names of <see cref="ApplicationState"/>, in declaration order.</summary>
internal sealed class ApplicationStateConverter : WireEnumConverter<ApplicationState>
{
    internal static readonly ApplicationStateConverter Instance = new();

    public ApplicationStateConverter()
        : base(
            "not_running",
            "background",
            "foreground")
    {
    }

    protected override int ToIndex(ApplicationState value) => (int)value;

    protected override ApplicationState FromIndex(int index) => (ApplicationState)index;
}
