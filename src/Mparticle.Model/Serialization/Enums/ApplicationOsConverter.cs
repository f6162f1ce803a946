namespace Mparticle;

/// <summary>Wire names of <see cref="ApplicationOs"/>, in declaration order.</summary>
internal sealed class ApplicationOsConverter : WireEnumConverter<ApplicationOs>
{
    internal static readonly ApplicationOsConverter Instance = new();

    public ApplicationOsConverter()
        : base(
            "IOS",
            "Android",
            "WindowsPhone",
            "MobileWeb",
            "UnityIOS",
            "UnityAndroid",
            "Desktop",
            "TVOS",
            "Roku",
            "OutOfBand",
            "Alexa",
            "SmartTV",
            "FireTV",
            "Xbox",
            "Unknown")
    {
    }

    protected override int ToIndex(ApplicationOs value) => (int)value;

    protected override ApplicationOs FromIndex(int index) => (ApplicationOs)index;
}
