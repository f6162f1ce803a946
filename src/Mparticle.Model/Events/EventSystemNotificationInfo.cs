using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A system notification attached to an event by mParticle (<c>event_system_notification_info</c>); read-only for senders.</summary>
public sealed class EventSystemNotificationInfo
{
    /// <summary>Creates a notification.</summary>
    /// <param name="type">The notification type.</param>
    public EventSystemNotificationInfo(EventSystemNotificationType type)
    {
        Type = type;
    }

    [JsonConstructor]
    internal EventSystemNotificationInfo()
    {
    }

    /// <summary>The notification type (<c>type</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("type")]
    public EventSystemNotificationType Type { get; set; }
}
