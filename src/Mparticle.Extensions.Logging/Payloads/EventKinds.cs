using System;

namespace Mparticle.Extensions.Logging.Payloads;

/// <summary>The <see cref="MparticleProperties.MpEventType"/> values our calls write: constants, never allocated.</summary>
static class EventKinds
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eventType"/> is not a defined member.</exception>
    public static string Of(CustomEventType eventType) => eventType switch
    {
        CustomEventType.Navigation => MparticleEventKinds.Navigation,
        CustomEventType.Location => MparticleEventKinds.Location,
        CustomEventType.Search => MparticleEventKinds.Search,
        CustomEventType.Transaction => MparticleEventKinds.Transaction,
        CustomEventType.UserContent => MparticleEventKinds.UserContent,
        CustomEventType.UserPreference => MparticleEventKinds.UserPreference,
        CustomEventType.Social => MparticleEventKinds.Social,
        CustomEventType.Other => MparticleEventKinds.Other,
        CustomEventType.Media => MparticleEventKinds.Media,
        CustomEventType.Attribution => MparticleEventKinds.Attribution,
        _ => throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "The value is not a defined CustomEventType."),
    };
}
