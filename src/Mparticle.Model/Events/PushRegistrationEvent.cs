using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A push token was registered or removed (<c>push_registration</c>).</summary>
public sealed class PushRegistrationEvent : BaseEvent
{
    /// <summary>Creates a push registration event.</summary>
    /// <param name="registrationToken">The push token.</param>
    /// <param name="register"><see langword="true"/> adds the token, <see langword="false"/> removes it (sent as <c>false</c>).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="registrationToken"/> is null.</exception>
    public PushRegistrationEvent(string registrationToken, bool register)
    {
        Guard.NotNull(registrationToken, nameof(registrationToken));
        RegistrationToken = registrationToken;
        Register = register;
    }

    [JsonConstructor]
    internal PushRegistrationEvent()
    {
        RegistrationToken = string.Empty;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.PushRegistration;

    /// <summary>The push token (<c>registration_token</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("registration_token")]
    public string RegistrationToken { get; set; }

    /// <summary><see langword="true"/> adds the token, <see langword="false"/> removes it (<c>register</c>, required by the schema).</summary>
    [JsonPropertyName("register")]
    public bool? Register { get; set; }
}
