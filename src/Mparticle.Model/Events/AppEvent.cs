using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// A custom event (<c>custom_event</c>), the everyday analytics event:
/// <c>new AppEvent("Example", CustomEventType.Navigation) { CustomAttributes = { ["foo"] = "bar" } }</c>.
/// </summary>
public sealed class AppEvent : BaseEvent
{
    /// <summary>Creates a custom event.</summary>
    /// <param name="eventName">The event name; mParticle truncates names over 256 characters and keeps at most 1000 unique names.</param>
    /// <param name="customEventType">The kind of custom event. <see cref="CustomEventType.Other"/> when in doubt.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="eventName"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="eventName"/> is empty.</exception>
    public AppEvent(string eventName, CustomEventType customEventType)
    {
        Guard.NotNullOrEmpty(eventName, nameof(eventName));
        EventName = eventName;
        CustomEventType = customEventType;
    }

    [JsonConstructor]
    internal AppEvent()
    {
        EventName = string.Empty;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.CustomEvent;

    /// <summary>The event name (<c>event_name</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("event_name")]
    public string EventName { get; set; }

    /// <summary>The kind of custom event (<c>custom_event_type</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("custom_event_type")]
    public CustomEventType CustomEventType { get; set; }
}
