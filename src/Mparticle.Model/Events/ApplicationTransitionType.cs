namespace Mparticle;

/// <summary>The <c>application_transition_type</c> of an <see cref="ApplicationStateTransitionEvent"/>.</summary>
public enum ApplicationTransitionType
{
    /// <summary><c>application_initialized</c>: The application started (an install or upgrade when flagged so).</summary>
    ApplicationInitialized,

    /// <summary><c>application_exit</c>: The application exited.</summary>
    ApplicationExit,

    /// <summary><c>application_background</c>: The application went to the background.</summary>
    ApplicationBackground,

    /// <summary><c>application_foreground</c>: The application came to the foreground.</summary>
    ApplicationForeground,
}
