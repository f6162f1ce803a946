using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A screen or page view (<c>screen_view</c>).</summary>
public sealed class ScreenViewEvent : BaseEvent
{
    /// <summary>Creates a screen view.</summary>
    /// <param name="screenName">The screen name; it counts toward mParticle's 1000 unique event and screen names.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="screenName"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="screenName"/> is empty.</exception>
    public ScreenViewEvent(string screenName)
    {
        Guard.NotNullOrEmpty(screenName, nameof(screenName));
        ScreenName = screenName;
    }

    [JsonConstructor]
    internal ScreenViewEvent()
    {
        ScreenName = string.Empty;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ScreenView;

    /// <summary>The screen name (<c>screen_name</c>, required by the schema).</summary>
    [JsonRequired]
    [JsonPropertyName("screen_name")]
    public string ScreenName { get; set; }

    /// <summary>The activity type, e.g. <c>activity_started</c> (<c>activity_type</c>).</summary>
    [JsonPropertyName("activity_type")]
    public string? ActivityType { get; set; }
}
