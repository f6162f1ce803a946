using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A user identity changed (<c>user_identity_change</c>). The schema requires both <c>new</c> and <c>old</c>, so both are always written, as JSON <c>null</c> when unset.</summary>
public sealed class UserIdentityChangeEvent : BaseEvent
{
    /// <summary>Creates a user identity change.</summary>
    /// <param name="newIdentity">The identity after the change, or null when it was removed.</param>
    /// <param name="oldIdentity">The identity before the change, or null when it was added.</param>
    public UserIdentityChangeEvent(UserIdentity? newIdentity, UserIdentity? oldIdentity)
    {
        NewIdentity = newIdentity;
        OldIdentity = oldIdentity;
    }

    [JsonConstructor]
    internal UserIdentityChangeEvent()
    {
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.UserIdentityChange;

    /// <summary>The identity after the change (<c>new</c>).</summary>
    [JsonPropertyName("new")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public UserIdentity? NewIdentity { get; set; }

    /// <summary>The identity before the change (<c>old</c>).</summary>
    [JsonPropertyName("old")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public UserIdentity? OldIdentity { get; set; }
}
