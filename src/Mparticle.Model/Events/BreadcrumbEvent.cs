using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A breadcrumb (<c>breadcrumb</c>): a step recorded for later crash reports.</summary>
public sealed class BreadcrumbEvent : BaseEvent
{
    /// <summary>Creates a breadcrumb.</summary>
    /// <param name="label">What happened.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="label"/> is null.</exception>
    public BreadcrumbEvent(string label)
    {
        Guard.NotNull(label, nameof(label));
        Label = label;
    }

    [JsonConstructor]
    internal BreadcrumbEvent()
    {
        Label = string.Empty;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.Breadcrumb;

    /// <summary>What happened (<c>label</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("label")]
    public string Label { get; set; }

    /// <summary>The session number (<c>session_number</c>).</summary>
    [JsonPropertyName("session_number")]
    public int? SessionNumber { get; set; }
}
