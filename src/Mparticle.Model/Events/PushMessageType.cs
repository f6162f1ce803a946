namespace Mparticle;

/// <summary>The <c>push_message_type</c> of a <see cref="PushMessageEvent"/>.</summary>
public enum PushMessageType
{
    /// <summary><c>sent</c>: The message was sent.</summary>
    Sent,

    /// <summary><c>received</c>: The message was received.</summary>
    Received,

    /// <summary><c>action</c>: The user acted on the message.</summary>
    Action,
}
