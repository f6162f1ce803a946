using System;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>One identity before or after a <see cref="UserIdentityChangeEvent"/>.</summary>
public sealed class UserIdentity
{
    /// <summary>Creates an identity.</summary>
    /// <param name="identityType">The kind of identity.</param>
    /// <param name="identity">The identity's value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="identity"/> is null.</exception>
    public UserIdentity(IdentityType identityType, string identity)
    {
        Guard.NotNull(identity, nameof(identity));
        IdentityType = identityType;
        Identity = identity;
    }

    [JsonConstructor]
    internal UserIdentity()
    {
        Identity = string.Empty;
    }

    /// <summary>The kind of identity (<c>identity_type</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("identity_type")]
    public IdentityType IdentityType { get; set; }

    /// <summary>The identity's value (<c>identity</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("identity")]
    public string Identity { get; set; }

    /// <summary>When the identity was set, in unix epoch milliseconds (<c>timestamp_unixtime_ms</c>, required by the schema).</summary>
    [JsonPropertyName("timestamp_unixtime_ms")]
    public long? TimestampUnixtimeMs { get; set; }

    /// <summary>A view of <see cref="TimestampUnixtimeMs"/> as a <see cref="DateTimeOffset"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset? Timestamp
    {
        get => UnixTime.ToDateTimeOffset(TimestampUnixtimeMs);
        set => TimestampUnixtimeMs = UnixTime.ToUnixMs(value);
    }

    /// <summary>Whether the identity was created in this batch (<c>created_this_batch</c>).</summary>
    [JsonPropertyName("created_this_batch")]
    public bool? CreatedThisBatch { get; set; }
}
