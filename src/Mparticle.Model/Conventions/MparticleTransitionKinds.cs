namespace Mparticle;

/// <summary>
/// The values of <see cref="MparticleProperties.MpTransitionType"/>. mParticle's own names
/// (<c>application_initialized</c>, <c>application_foreground</c>, ...) are accepted as well.
/// </summary>
public static class MparticleTransitionKinds
{
    /// <summary>The first start after install: <c>application_initialized</c> with <c>is_first_run</c>.</summary>
    public const string Install = "install";

    /// <summary>The first start after an upgrade: <c>application_initialized</c> with <c>is_upgrade</c>.</summary>
    public const string Upgrade = "upgrade";

    /// <summary>An ordinary start: <c>application_initialized</c>.</summary>
    public const string Initialized = "initialized";

    /// <summary>The application came to the foreground: <c>application_foreground</c>.</summary>
    public const string Foreground = "foreground";

    /// <summary>The application went to the background: <c>application_background</c>.</summary>
    public const string Background = "background";

    /// <summary>The application exited: <c>application_exit</c>.</summary>
    public const string Exit = "exit";
}
