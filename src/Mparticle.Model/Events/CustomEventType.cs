namespace Mparticle;

/// <summary>The <c>custom_event_type</c> of an <see cref="AppEvent"/>.</summary>
public enum CustomEventType
{
    /// <summary><c>navigation</c>: Navigation within the application.</summary>
    Navigation,

    /// <summary><c>location</c>: A location event.</summary>
    Location,

    /// <summary><c>search</c>: A search.</summary>
    Search,

    /// <summary><c>transaction</c>: A transaction.</summary>
    Transaction,

    /// <summary><c>user_content</c>: Content the user created.</summary>
    UserContent,

    /// <summary><c>user_preference</c>: A user preference.</summary>
    UserPreference,

    /// <summary><c>social</c>: A social interaction.</summary>
    Social,

    /// <summary><c>other</c>: Anything else.</summary>
    Other,

    /// <summary><c>media</c>: Media playback (mParticle has no separate media event type).</summary>
    Media,

    /// <summary><c>attribution</c>: Attribution (install, re-engagement or engagement). The JSON reference lists it; the official schema's custom-event enumeration does not (it has it for commerce events only).</summary>
    Attribution,
}
