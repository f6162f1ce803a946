namespace Mparticle;

/// <summary>The <c>application_state</c> of a <see cref="PushMessageEvent"/>.</summary>
public enum ApplicationState
{
    /// <summary><c>not_running</c>: The application was not running.</summary>
    NotRunning,

    /// <summary><c>background</c>: The application was in the background.</summary>
    Background,

    /// <summary><c>foreground</c>: The application was in the foreground.</summary>
    Foreground,
}
