using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The application's first run (<c>first_run</c>): the common fields only.</summary>
public sealed class FirstRunEvent : BaseEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.FirstRun;
}
