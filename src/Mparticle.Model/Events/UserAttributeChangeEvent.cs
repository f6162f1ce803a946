using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A user attribute changed (<c>user_attribute_change</c>).</summary>
public sealed class UserAttributeChangeEvent : BaseEvent
{
    /// <summary>Creates a user attribute change.</summary>
    /// <param name="userAttributeName">The attribute's name.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="userAttributeName"/> is null.</exception>
    public UserAttributeChangeEvent(string userAttributeName)
    {
        Guard.NotNull(userAttributeName, nameof(userAttributeName));
        UserAttributeName = userAttributeName;
    }

    [JsonConstructor]
    internal UserAttributeChangeEvent()
    {
        UserAttributeName = string.Empty;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.UserAttributeChange;

    /// <summary>The attribute's name (<c>user_attribute_name</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("user_attribute_name")]
    public string UserAttributeName { get; set; }

    /// <summary>The new value (<c>new</c>); <see langword="null"/> omits it.</summary>
    [JsonPropertyName("new")]
    public UserAttributeValue? NewValue { get; set; }

    /// <summary>The old value (<c>old</c>); <see langword="null"/> omits it.</summary>
    [JsonPropertyName("old")]
    public UserAttributeValue? OldValue { get; set; }

    /// <summary>Whether the attribute was deleted (<c>deleted</c>).</summary>
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }

    /// <summary>Whether the attribute is new (<c>is_new_attribute</c>).</summary>
    [JsonPropertyName("is_new_attribute")]
    public bool? IsNewAttribute { get; set; }
}
