using System;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The user's consent to one purpose: the fields GDPR and CCPA consent share. The schema requires <see cref="Consented"/> and <see cref="TimestampUnixtimeMs"/>.</summary>
public abstract class ConsentPurposeState
{
    // Only GDPR and CCPA consent derive (the writer knows both).
    private protected ConsentPurposeState()
    {
    }

    /// <summary>Whether the user consented (<c>consented</c>); <c>false</c> is sent when set.</summary>
    [JsonPropertyName("consented")]
    public bool? Consented { get; set; }

    /// <summary>When consent was given or withdrawn, in unix epoch milliseconds (<c>timestamp_unixtime_ms</c>).</summary>
    [JsonPropertyName("timestamp_unixtime_ms")]
    public long? TimestampUnixtimeMs { get; set; }

    /// <summary>A view of <see cref="TimestampUnixtimeMs"/> as a <see cref="DateTimeOffset"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset? Timestamp
    {
        get => UnixTime.ToDateTimeOffset(TimestampUnixtimeMs);
        set => TimestampUnixtimeMs = UnixTime.ToUnixMs(value);
    }

    /// <summary>The consent document, e.g. its version (<c>document</c>).</summary>
    [JsonPropertyName("document")]
    public string? Document { get; set; }

    /// <summary>Where consent was collected (<c>location</c>).</summary>
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    /// <summary>The device consent was collected on (<c>hardware_id</c>).</summary>
    [JsonPropertyName("hardware_id")]
    public string? HardwareId { get; set; }

    /// <summary>The regulation (<c>regulation</c>).</summary>
    [JsonPropertyName("regulation")]
    public string? Regulation { get; set; }
}
