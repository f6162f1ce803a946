using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The user opted out of tracking, or back in (<c>opt_out</c>). The schema requires <see cref="IsOptedOut"/>.</summary>
public sealed class OptOutEvent : BaseEvent
{
    /// <summary>Creates an opt-out event; set <see cref="IsOptedOut"/>.</summary>
    public OptOutEvent()
    {
    }

    /// <summary>Creates an opt-out event.</summary>
    /// <param name="isOptedOut"><see langword="true"/> to opt out, <see langword="false"/> to opt back in (sent as <c>false</c>).</param>
    public OptOutEvent(bool isOptedOut)
    {
        IsOptedOut = isOptedOut;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.OptOut;

    /// <summary>Whether the user is opted out (<c>is_opted_out</c>).</summary>
    [JsonPropertyName("is_opted_out")]
    public bool? IsOptedOut { get; set; }
}
