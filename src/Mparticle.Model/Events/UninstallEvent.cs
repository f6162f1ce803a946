using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The application was uninstalled (<c>uninstall</c>): the common fields only.</summary>
public sealed class UninstallEvent : BaseEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.Uninstall;
}
