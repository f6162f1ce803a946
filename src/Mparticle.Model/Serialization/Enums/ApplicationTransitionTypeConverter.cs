namespace Mparticle;

/// <summary>Wire names of <see cref="ApplicationTransitionType"/>, in declaration order.</summary>
internal sealed class ApplicationTransitionTypeConverter : WireEnumConverter<ApplicationTransitionType>
{
    internal static readonly ApplicationTransitionTypeConverter Instance = new();

    public ApplicationTransitionTypeConverter()
        : base(
            "application_initialized",
            "application_exit",
            "application_background",
            "application_foreground")
    {
    }

    protected override int ToIndex(ApplicationTransitionType value) => (int)value;

    protected override ApplicationTransitionType FromIndex(int index) => (ApplicationTransitionType)index;
}
