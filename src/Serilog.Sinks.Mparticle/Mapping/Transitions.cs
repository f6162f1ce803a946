using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>Reads <c>MpTransitionType</c>: the short names of <see cref="MparticleTransitionKinds"/> or mParticle's own.</summary>
static class Transitions
{
    /// <summary>
    /// The transition event for <paramref name="value"/>; a missing or unknown value is an ordinary start
    /// (<c>application_initialized</c>).
    /// </summary>
    public static ApplicationStateTransitionEvent Create(LogEventPropertyValue? value)
    {
        if (PropertyValues.Scalar(value) is ApplicationTransitionType direct)
            return new ApplicationStateTransitionEvent(direct);

        var text = PropertyValues.AsString(value) ?? "";
        return NameKey.Normalize(text) switch
        {
            "install" => ApplicationStateTransitionEvent.CreateInstallEvent(),
            "upgrade" => ApplicationStateTransitionEvent.CreateUpgradeEvent(),
            "foreground" => ApplicationStateTransitionEvent.CreateForegroundEvent(),
            "background" => ApplicationStateTransitionEvent.CreateBackgroundEvent(),
            "exit" => ApplicationStateTransitionEvent.CreateExitEvent(),
            _ => new ApplicationStateTransitionEvent(
                PropertyValues.FindEnum<ApplicationTransitionType>(text) ?? ApplicationTransitionType.ApplicationInitialized),
        };
    }
}
