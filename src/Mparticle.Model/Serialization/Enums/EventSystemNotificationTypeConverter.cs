namespace Mparticle;

/// <summary>Wire names of <see cref="EventSystemNotificationType"/>, in declaration order.</summary>
internal sealed class EventSystemNotificationTypeConverter : WireEnumConverter<EventSystemNotificationType>
{
    internal static readonly EventSystemNotificationTypeConverter Instance = new();

    public EventSystemNotificationTypeConverter()
        : base(
            "gdpr_change")
    {
    }

    protected override int ToIndex(EventSystemNotificationType value) => (int)value;

    protected override EventSystemNotificationType FromIndex(int index) => (EventSystemNotificationType)index;
}
