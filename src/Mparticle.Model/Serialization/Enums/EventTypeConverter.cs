namespace Mparticle;

/// <summary>Wire names of <see cref="EventType"/>, in declaration order.</summary>
internal sealed class EventTypeConverter : WireEnumConverter<EventType>
{
    internal static readonly EventTypeConverter Instance = new();

    public EventTypeConverter()
        : base(
            "session_start",
            "session_end",
            "screen_view",
            "custom_event",
            "crash_report",
            "opt_out",
            "first_run",
            "pre_attribution",
            "push_registration",
            "application_state_transition",
            "push_message",
            "network_performance",
            "breadcrumb",
            "profile",
            "push_reaction",
            "commerce_event",
            "user_attribute_change",
            "user_identity_change",
            "uninstall")
    {
    }

    protected override int ToIndex(EventType value) => (int)value;

    protected override EventType FromIndex(int index) => (EventType)index;
}
