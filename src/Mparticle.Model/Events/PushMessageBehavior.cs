namespace Mparticle;

/// <summary>The <c>push_message_behavior</c> of a <see cref="PushMessageEvent"/>.</summary>
/// <remarks>The official schema and OpenAPI file spell these as strings; the JSON reference page describes an integer bit mask instead. This library follows the schema (strings); the reference advises omitting the field unless needed.</remarks>
public enum PushMessageBehavior
{
    /// <summary><c>Received</c>: Received.</summary>
    Received,

    /// <summary><c>DirectOpen</c>: Opened directly.</summary>
    DirectOpen,

    /// <summary><c>Read</c>: Read.</summary>
    Read,

    /// <summary><c>InfluencedOpen</c>: An open influenced by the message.</summary>
    InfluencedOpen,

    /// <summary><c>Displayed</c>: Displayed.</summary>
    Displayed,
}
