using Microsoft.Extensions.Logging;

namespace Mparticle;

/// <summary>
/// The <see cref="EventId"/>s our calls log with: a named marker per kind of call, so that log filters,
/// <c>[LoggerMessage]</c> users and the sink can tell mParticle events apart from ordinary log events.
/// The ids are 28001 to 28008; the names start with <c>Mparticle</c>.
/// </summary>
public static class MparticleLogEvents
{
    /// <summary><c>LogAppEvent</c>: 28001 <c>MparticleAppEvent</c>.</summary>
    public static EventId AppEvent { get; } = new(28001, "MparticleAppEvent");

    /// <summary><c>LogScreenView</c>: 28002 <c>MparticleScreenView</c>.</summary>
    public static EventId ScreenView { get; } = new(28002, "MparticleScreenView");

    /// <summary><c>LogCommerceEvent</c>: 28003 <c>MparticleCommerceEvent</c>.</summary>
    public static EventId CommerceEvent { get; } = new(28003, "MparticleCommerceEvent");

    /// <summary><c>LogSessionStart</c>: 28004 <c>MparticleSessionStart</c>.</summary>
    public static EventId SessionStart { get; } = new(28004, "MparticleSessionStart");

    /// <summary><c>LogSessionEnd</c>: 28005 <c>MparticleSessionEnd</c>.</summary>
    public static EventId SessionEnd { get; } = new(28005, "MparticleSessionEnd");

    /// <summary><c>LogApplicationStateTransition</c>: 28006 <c>MparticleApplicationStateTransition</c>.</summary>
    public static EventId ApplicationStateTransition { get; } = new(28006, "MparticleApplicationStateTransition");

    /// <summary><c>LogUserAttributes</c>: 28007 <c>MparticleUserAttributes</c>.</summary>
    public static EventId UserAttributes { get; } = new(28007, "MparticleUserAttributes");

    /// <summary><c>LogConsentState</c>: 28008 <c>MparticleConsentState</c>.</summary>
    public static EventId ConsentState { get; } = new(28008, "MparticleConsentState");
}
