using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// An application state transition (<c>application_state_transition</c>): an install, an upgrade, a
/// foreground, a background or an exit. The factory methods follow mParticle's recipes, e.g.
/// <see cref="CreateInstallEvent"/>.
/// </summary>
public sealed class ApplicationStateTransitionEvent : BaseEvent
{
    /// <summary>Creates a transition.</summary>
    /// <param name="applicationTransitionType">The kind of transition.</param>
    public ApplicationStateTransitionEvent(ApplicationTransitionType applicationTransitionType)
    {
        ApplicationTransitionType = applicationTransitionType;
    }

    [JsonConstructor]
    internal ApplicationStateTransitionEvent()
    {
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ApplicationStateTransition;

    /// <summary>The kind of transition (<c>application_transition_type</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("application_transition_type")]
    public ApplicationTransitionType ApplicationTransitionType { get; set; }

    /// <summary>Whether the previous session closed cleanly (<c>successfully_closed</c>).</summary>
    [JsonPropertyName("successfully_closed")]
    public bool? SuccessfullyClosed { get; set; }

    /// <summary><see langword="true"/> marks an install (<c>is_first_run</c>); meaningful with <see cref="ApplicationTransitionType.ApplicationInitialized"/> only.</summary>
    [JsonPropertyName("is_first_run")]
    public bool? IsFirstRun { get; set; }

    /// <summary><see langword="true"/> marks an upgrade (<c>is_upgrade</c>); meaningful with <see cref="ApplicationTransitionType.ApplicationInitialized"/> only.</summary>
    [JsonPropertyName("is_upgrade")]
    public bool? IsUpgrade { get; set; }

    /// <summary>The push notification that launched the application, as JSON text (<c>push_notification_payload</c>).</summary>
    [JsonPropertyName("push_notification_payload")]
    public string? PushNotificationPayload { get; set; }

    /// <summary>The referral URL of the latest foreground or navigation (<c>launch_referral</c>).</summary>
    [JsonPropertyName("launch_referral")]
    public string? LaunchReferral { get; set; }

    /// <summary>An install: initialized, first run, not an upgrade.</summary>
    /// <returns>The event.</returns>
    public static ApplicationStateTransitionEvent CreateInstallEvent() =>
        new(ApplicationTransitionType.ApplicationInitialized) { IsFirstRun = true, IsUpgrade = false };

    /// <summary>An upgrade: initialized, not a first run, an upgrade.</summary>
    /// <returns>The event.</returns>
    public static ApplicationStateTransitionEvent CreateUpgradeEvent() =>
        new(ApplicationTransitionType.ApplicationInitialized) { IsFirstRun = false, IsUpgrade = true };

    /// <summary>The application came to the foreground.</summary>
    /// <returns>The event.</returns>
    public static ApplicationStateTransitionEvent CreateForegroundEvent() => new(ApplicationTransitionType.ApplicationForeground);

    /// <summary>The application went to the background.</summary>
    /// <returns>The event.</returns>
    public static ApplicationStateTransitionEvent CreateBackgroundEvent() => new(ApplicationTransitionType.ApplicationBackground);

    /// <summary>The application exited.</summary>
    /// <returns>The event.</returns>
    public static ApplicationStateTransitionEvent CreateExitEvent() => new(ApplicationTransitionType.ApplicationExit);
}
