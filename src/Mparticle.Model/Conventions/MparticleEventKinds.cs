namespace Mparticle;

/// <summary>
/// The values of <see cref="MparticleProperties.MpEventType"/>: the nine custom event types
/// (plus <c>attribution</c>), and the other event kinds a log event can express.
/// Matching is case-insensitive and ignores <c>_</c>, so <c>UserContent</c> equals <c>user_content</c>.
/// </summary>
public static class MparticleEventKinds
{
    /// <summary>A custom event of type <c>navigation</c>.</summary>
    public const string Navigation = "navigation";

    /// <summary>A custom event of type <c>location</c>.</summary>
    public const string Location = "location";

    /// <summary>A custom event of type <c>search</c>.</summary>
    public const string Search = "search";

    /// <summary>A custom event of type <c>transaction</c>.</summary>
    public const string Transaction = "transaction";

    /// <summary>A custom event of type <c>user_content</c>.</summary>
    public const string UserContent = "user_content";

    /// <summary>A custom event of type <c>user_preference</c>.</summary>
    public const string UserPreference = "user_preference";

    /// <summary>A custom event of type <c>social</c>.</summary>
    public const string Social = "social";

    /// <summary>A custom event of type <c>other</c>.</summary>
    public const string Other = "other";

    /// <summary>A custom event of type <c>media</c>.</summary>
    public const string Media = "media";

    /// <summary>A custom event of type <c>attribution</c>.</summary>
    public const string Attribution = "attribution";

    /// <summary>A custom event of type <c>other</c> (the wire name of the kind).</summary>
    public const string CustomEvent = "custom_event";

    /// <summary>A screen view; the event name is the screen name.</summary>
    public const string ScreenView = "screen_view";

    /// <summary>A commerce event; its payload comes from the commerce properties of <see cref="MparticleProperties"/>.</summary>
    public const string CommerceEvent = "commerce_event";

    /// <summary>The start of a session (<see cref="MparticleProperties.MpSessionId"/>).</summary>
    public const string SessionStart = "session_start";

    /// <summary>The end of a session (<see cref="MparticleProperties.MpSessionId"/>, <see cref="MparticleProperties.MpSessionDurationMs"/>).</summary>
    public const string SessionEnd = "session_end";

    /// <summary>An application state transition (<see cref="MparticleProperties.MpTransitionType"/>).</summary>
    public const string ApplicationStateTransition = "application_state_transition";

    /// <summary>
    /// No event: the log event only sets or deletes user attributes
    /// (<see cref="MparticleProperties.MpUserAttributes"/>, <see cref="MparticleProperties.MpDeletedUserAttributes"/>),
    /// which travel in the user's batch.
    /// </summary>
    public const string UserAttributeChange = "user_attribute_change";

    /// <summary>
    /// No event: the log event only records the user's consent (<see cref="MparticleProperties.MpConsentState"/>),
    /// which travels in the user's batch as <c>consent_state</c>.
    /// </summary>
    public const string ConsentState = "consent_state";
}
