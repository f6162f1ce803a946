namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>The kinds of mParticle data one log event can express.</summary>
enum EventKind
{
    /// <summary>A custom event (<c>custom_event</c>) of some <see cref="global::Mparticle.CustomEventType"/>.</summary>
    Custom,
    ScreenView,
    Commerce,
    SessionStart,
    SessionEnd,
    ApplicationStateTransition,

    /// <summary>No event: only user attributes to set or delete.</summary>
    UserAttributeChange,

    /// <summary>No event: only the user's consent.</summary>
    ConsentState,
}
