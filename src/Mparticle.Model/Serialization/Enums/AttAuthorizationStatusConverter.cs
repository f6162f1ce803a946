namespace Mparticle;

/// <summary>Wire names of <see cref="AttAuthorizationStatus"/>, in declaration order.</summary>
internal sealed class AttAuthorizationStatusConverter : WireEnumConverter<AttAuthorizationStatus>
{
    internal static readonly AttAuthorizationStatusConverter Instance = new();

    public AttAuthorizationStatusConverter()
        : base(
            "authorized",
            "denied",
            "not_determined",
            "restricted")
    {
    }

    protected override int ToIndex(AttAuthorizationStatus value) => (int)value;

    protected override AttAuthorizationStatus FromIndex(int index) => (AttAuthorizationStatus)index;
}
