using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// A profile change (<c>profile</c>): sign-up, login, logout, update or delete. The schema requires
/// <see cref="PreviousMpid"/> and <see cref="CurrentMpid"/> (the Python SDK's <c>profile_name</c> fields are not the schema's).
/// </summary>
public sealed class ProfileEvent : BaseEvent
{
    /// <summary>Creates a profile event.</summary>
    /// <param name="profileEventType">What happened to the profile.</param>
    public ProfileEvent(ProfileEventType profileEventType)
    {
        ProfileEventType = profileEventType;
    }

    [JsonConstructor]
    internal ProfileEvent()
    {
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.Profile;

    /// <summary>What happened to the profile (<c>profile_event_type</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("profile_event_type")]
    public ProfileEventType ProfileEventType { get; set; }

    /// <summary>The mParticle id before the change, 64-bit (<c>previous_mpid</c>).</summary>
    [JsonPropertyName("previous_mpid")]
    public long? PreviousMpid { get; set; }

    /// <summary>The mParticle id after the change, 64-bit (<c>current_mpid</c>).</summary>
    [JsonPropertyName("current_mpid")]
    public long? CurrentMpid { get; set; }
}
