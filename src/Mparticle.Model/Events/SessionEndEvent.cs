using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A session end (<c>session_end</c>); its <see cref="BaseEvent.SessionId"/> must match the session start's.</summary>
public sealed class SessionEndEvent : BaseEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.SessionEnd;

    /// <summary>How long the session lasted, in milliseconds (<c>session_duration_ms</c>, required by the schema).</summary>
    [JsonPropertyName("session_duration_ms")]
    public long? SessionDurationMs { get; set; }
}
