namespace Mparticle;

/// <summary>The kind of an event: the <c>event_type</c> of its envelope.</summary>
public enum EventType
{
    /// <summary><c>session_start</c>: A session started (<see cref="SessionStartEvent"/>).</summary>
    SessionStart,

    /// <summary><c>session_end</c>: A session ended (<see cref="SessionEndEvent"/>).</summary>
    SessionEnd,

    /// <summary><c>screen_view</c>: A screen or page was viewed (<see cref="ScreenViewEvent"/>).</summary>
    ScreenView,

    /// <summary><c>custom_event</c>: A custom event (<see cref="AppEvent"/>).</summary>
    CustomEvent,

    /// <summary><c>crash_report</c>: A crash or error (<see cref="CrashReportEvent"/>).</summary>
    CrashReport,

    /// <summary><c>opt_out</c>: The user opted out of tracking, or back in (<see cref="OptOutEvent"/>).</summary>
    OptOut,

    /// <summary><c>first_run</c>: The first run of an application (<see cref="FirstRunEvent"/>).</summary>
    FirstRun,

    /// <summary><c>pre_attribution</c>: Listed by the schema's <c>EventType</c> enumeration only: no event definition exists, so the schema rejects it and reading it is an error.</summary>
    PreAttribution,

    /// <summary><c>push_registration</c>: A push token was registered or removed (<see cref="PushRegistrationEvent"/>).</summary>
    PushRegistration,

    /// <summary><c>application_state_transition</c>: The application was installed, upgraded, foregrounded, backgrounded or exited (<see cref="ApplicationStateTransitionEvent"/>).</summary>
    ApplicationStateTransition,

    /// <summary><c>push_message</c>: A push message was sent, received or acted on (<see cref="PushMessageEvent"/>).</summary>
    PushMessage,

    /// <summary><c>network_performance</c>: A network request was measured (<see cref="NetworkPerformanceEvent"/>).</summary>
    NetworkPerformance,

    /// <summary><c>breadcrumb</c>: A breadcrumb for crash reports (<see cref="BreadcrumbEvent"/>).</summary>
    Breadcrumb,

    /// <summary><c>profile</c>: A sign-up, login, logout, update or delete of a profile (<see cref="ProfileEvent"/>).</summary>
    Profile,

    /// <summary><c>push_reaction</c>: Listed by the schema's <c>EventType</c> enumeration only: no event definition exists, so the schema rejects it and reading it is an error.</summary>
    PushReaction,

    /// <summary><c>commerce_event</c>: A commerce event (<see cref="Mparticle.CommerceEvent"/>).</summary>
    CommerceEvent,

    /// <summary><c>user_attribute_change</c>: A user attribute changed (<see cref="UserAttributeChangeEvent"/>).</summary>
    UserAttributeChange,

    /// <summary><c>user_identity_change</c>: A user identity changed (<see cref="UserIdentityChangeEvent"/>).</summary>
    UserIdentityChange,

    /// <summary><c>uninstall</c>: The application was uninstalled (<see cref="UninstallEvent"/>).</summary>
    Uninstall,
}
