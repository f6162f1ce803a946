using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A measured network request (<c>network_performance</c>). The schema requires <see cref="ResponseCode"/>.</summary>
public sealed class NetworkPerformanceEvent : BaseEvent
{
    /// <summary>Creates a network performance event.</summary>
    /// <param name="url">The requested URL.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="url"/> is null.</exception>
    public NetworkPerformanceEvent(string url)
    {
        Guard.NotNull(url, nameof(url));
        Url = url;
    }

    [JsonConstructor]
    internal NetworkPerformanceEvent()
    {
        Url = string.Empty;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.NetworkPerformance;

    /// <summary>The requested URL (<c>url</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("url")]
    public string Url { get; set; }

    /// <summary>The HTTP status code (<c>response_code</c>). An integer as the schema and OpenAPI file say; the JSON reference page's string is not followed.</summary>
    [JsonPropertyName("response_code")]
    public int? ResponseCode { get; set; }

    /// <summary>The HTTP method (<c>http_verb</c>).</summary>
    [JsonPropertyName("http_verb")]
    public string? HttpVerb { get; set; }

    /// <summary>How long the request took, in milliseconds (<c>time_elapsed</c>).</summary>
    [JsonPropertyName("time_elapsed")]
    public long? TimeElapsed { get; set; }

    /// <summary>Bytes received (<c>bytes_in</c>).</summary>
    [JsonPropertyName("bytes_in")]
    public long? BytesIn { get; set; }

    /// <summary>Bytes sent (<c>bytes_out</c>).</summary>
    [JsonPropertyName("bytes_out")]
    public long? BytesOut { get; set; }

    /// <summary>Base-64 request data (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public string? Data { get; set; }
}
