namespace Mparticle;

/// <summary>Wire names of <see cref="ProfileEventType"/>, in declaration order.</summary>
internal sealed class ProfileEventTypeConverter : WireEnumConverter<ProfileEventType>
{
    internal static readonly ProfileEventTypeConverter Instance = new();

    public ProfileEventTypeConverter()
        : base(
            "signup",
            "login",
            "logout",
            "update",
            "delete")
    {
    }

    protected override int ToIndex(ProfileEventType value) => (int)value;

    protected override ProfileEventType FromIndex(int index) => (ProfileEventType)index;
}
