using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A push message was sent, received or acted on (<c>push_message</c>).</summary>
public sealed class PushMessageEvent : BaseEvent
{
    /// <summary>Creates a push message event.</summary>
    /// <param name="pushMessageType">What happened to the message.</param>
    /// <param name="pushMessageToken">The push token the message went to.</param>
    /// <param name="pushNotificationPayload">The notification payload, as JSON text.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="pushMessageToken"/> or <paramref name="pushNotificationPayload"/> is null.</exception>
    public PushMessageEvent(PushMessageType pushMessageType, string pushMessageToken, string pushNotificationPayload)
    {
        Guard.NotNull(pushMessageToken, nameof(pushMessageToken));
        Guard.NotNull(pushNotificationPayload, nameof(pushNotificationPayload));
        PushMessageType = pushMessageType;
        PushMessageToken = pushMessageToken;
        PushNotificationPayload = pushNotificationPayload;
    }

    [JsonConstructor]
    internal PushMessageEvent()
    {
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.PushMessage;

    /// <summary>What happened to the message (<c>push_message_type</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("push_message_type")]
    public PushMessageType PushMessageType { get; set; }

    /// <summary>The push token (<c>push_message_token</c>, required by the schema).</summary>
    [JsonPropertyName("push_message_token")]
    public string? PushMessageToken { get; set; }

    /// <summary>The notification payload as JSON text (<c>push_notification_payload</c>, required by the schema).</summary>
    [JsonPropertyName("push_notification_payload")]
    public string? PushNotificationPayload { get; set; }

    /// <summary>The displayed text (<c>message</c>).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The push network, <c>apn</c> or <c>gcm</c> (<c>network</c>).</summary>
    [JsonPropertyName("network")]
    public string? Network { get; set; }

    /// <summary>The application's state when the message arrived (<c>application_state</c>).</summary>
    [JsonPropertyName("application_state")]
    public ApplicationState? ApplicationState { get; set; }

    /// <summary>The action the user chose, up to 100 characters (<c>action_identifier</c>).</summary>
    [JsonPropertyName("action_identifier")]
    public string? ActionIdentifier { get; set; }

    /// <summary>How the message was handled (<c>push_message_behavior</c>); the reference advises omitting it unless needed (see <see cref="Mparticle.PushMessageBehavior"/>).</summary>
    [JsonPropertyName("push_message_behavior")]
    public PushMessageBehavior? PushMessageBehavior { get; set; }
}
