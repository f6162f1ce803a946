using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>Where a batch came from (<c>source_info</c>); set by mParticle, senders should omit it.</summary>
public sealed class SourceInformation
{
    /// <summary>The channel the data came through (<c>channel</c>).</summary>
    [JsonPropertyName("channel")]
    public SourceChannel? Channel { get; set; }

    /// <summary>The partner (<c>partner</c>).</summary>
    [JsonPropertyName("partner")]
    public string? Partner { get; set; }

    /// <summary>The replay request id (<c>replay_request_id</c>).</summary>
    [JsonPropertyName("replay_request_id")]
    public string? ReplayRequestId { get; set; }

    /// <summary>The replay job id (<c>replay_job_id</c>).</summary>
    [JsonPropertyName("replay_job_id")]
    public string? ReplayJobId { get; set; }

    /// <summary>Whether the batch came through the historical endpoint (<c>is_historical</c>).</summary>
    [JsonPropertyName("is_historical")]
    public bool? IsHistorical { get; set; }
}
