using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A session start (<c>session_start</c>): the common fields only; set <see cref="BaseEvent.SessionId"/> or <see cref="BaseEvent.SessionUuid"/>.</summary>
public sealed class SessionStartEvent : BaseEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.SessionStart;
}
