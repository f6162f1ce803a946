using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// A batch: one user's identities, attributes, device, consent and events, the unit mParticle's
/// Events API accepts (<c>POST /v2/events</c> takes one, <c>/v2/bulkevents</c> up to 100).
/// </summary>
/// <remarks>
/// Collections are created on first use, so object initializers work
/// (<c>new Batch { Events = { new AppEvent("Login", CustomEventType.Other) } }</c>), and empty ones are
/// omitted on the wire. The schema's <c>api_key</c> and <c>api_keys</c> are deliberately not modelled:
/// credentials belong in the Authorization header, and copying the key into every body (as mParticle's
/// .NET SDK does) spreads it into logs and stored batches; the Python SDK says the field exists only for
/// Amazon SQS uploads. Reading ignores them like any unknown field.
/// </remarks>
public sealed class Batch
{
    private Dictionary<string, UserAttributeValue>? _userAttributes;
    private List<string>? _deletedUserAttributes;
    private Dictionary<string, IDictionary<string, string>>? _integrationAttributes;
    private Dictionary<string, string>? _partnerIdentities;
    private List<BaseEvent>? _events;

    /// <summary>The environment (<c>environment</c>). mParticle assumes production when it is missing; always set it, it is the only thing that separates test data from live data.</summary>
    [JsonPropertyName("environment")]
    public MparticleEnvironment? Environment { get; set; }

    /// <summary>A unique id of this request, kept across retries so that mParticle de-duplicates (<c>source_request_id</c>).</summary>
    [JsonPropertyName("source_request_id")]
    public string? SourceRequestId { get; set; }

    /// <summary>The user's identities (<c>user_identities</c>).</summary>
    [JsonPropertyName("user_identities")]
    public UserIdentities? UserIdentities { get; set; }

    /// <summary>User attributes (<c>user_attributes</c>); created on first use and omitted when empty. Names starting with <c>$</c> are reserved (<c>$age</c>, <c>$gender</c>, ...).</summary>
    [JsonIgnore]
    public IDictionary<string, UserAttributeValue> UserAttributes => _userAttributes ??= new Dictionary<string, UserAttributeValue>();

    /// <summary>Names of user attributes to delete (<c>deleted_user_attributes</c>); created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IList<string> DeletedUserAttributes => _deletedUserAttributes ??= new List<string>();

    /// <summary>The device (<c>device_info</c>).</summary>
    [JsonPropertyName("device_info")]
    public DeviceInformation? DeviceInfo { get; set; }

    /// <summary>The application (<c>application_info</c>).</summary>
    [JsonPropertyName("application_info")]
    public ApplicationInformation? ApplicationInfo { get; set; }

    /// <summary>Where the batch came from (<c>source_info</c>); set by mParticle, senders should omit it.</summary>
    [JsonPropertyName("source_info")]
    public SourceInformation? SourceInfo { get; set; }

    /// <summary>The data plan and batch location (<c>context</c>).</summary>
    [JsonPropertyName("context")]
    public BatchContext? Context { get; set; }

    /// <summary>The user's consent (<c>consent_state</c>).</summary>
    [JsonPropertyName("consent_state")]
    public ConsentState? ConsentState { get; set; }

    /// <summary>Install attribution (<c>attribution_info</c>).</summary>
    [JsonPropertyName("attribution_info")]
    public AttributionInfo? AttributionInfo { get; set; }

    /// <summary>Per-integration user values keyed by the integration's module id (<c>integration_attributes</c>); created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IDictionary<string, IDictionary<string, string>> IntegrationAttributes =>
        _integrationAttributes ??= new Dictionary<string, IDictionary<string, string>>();

    /// <summary>Partner identities named <c>PartnerName_IdentityName</c>, registered with mParticle first (<c>partner_identities</c>); created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IDictionary<string, string> PartnerIdentities => _partnerIdentities ??= new Dictionary<string, string>();

    /// <summary>The singular legacy partner identity (<c>partner_identity</c>).</summary>
    [JsonPropertyName("partner_identity")]
    public string? PartnerIdentity { get; set; }

    /// <summary>The mParticle id, 64-bit and possibly negative (<c>mpid</c>).</summary>
    [JsonPropertyName("mpid")]
    public long? Mpid { get; set; }

    /// <summary>The original mParticle id (<c>origin_mpid</c>).</summary>
    [JsonPropertyName("origin_mpid")]
    public long? OriginMpid { get; set; }

    /// <summary>The mParticle device id, a UUID (<c>mp_deviceid</c>).</summary>
    [JsonPropertyName("mp_deviceid")]
    public string? MpDeviceId { get; set; }

    /// <summary>The consumer device's IPv4 or IPv6 address (<c>ip</c>); input only.</summary>
    [JsonPropertyName("ip")]
    public string? Ip { get; set; }

    /// <summary>When mParticle received the batch, in unix epoch milliseconds (<c>timestamp_unixtime_ms</c>); set by mParticle, do not send it.</summary>
    [JsonPropertyName("timestamp_unixtime_ms")]
    public long? TimestampUnixtimeMs { get; set; }

    /// <summary>The batch id (<c>batch_id</c>); set by mParticle on outbound data.</summary>
    [JsonPropertyName("batch_id")]
    public long? BatchId { get; set; }

    /// <summary>The schema version (<c>schema_version</c>).</summary>
    /// <remarks>mParticle's own request examples send <c>2</c>, but the official schema does not list it and its closed batch object rejects it. Leave it unset unless needed.</remarks>
    [JsonPropertyName("schema_version")]
    public int? SchemaVersion { get; set; }

    /// <summary>The SDK version (<c>sdk_version</c>); normally set by client SDKs.</summary>
    [JsonPropertyName("sdk_version")]
    public string? SdkVersion { get; set; }

    /// <summary>The job id (<c>job_id</c>).</summary>
    [JsonPropertyName("job_id")]
    public string? JobId { get; set; }

    /// <summary>The user's events (<c>events</c>); never null, omitted when empty.</summary>
    [JsonIgnore]
    public IList<BaseEvent> Events => _events ??= new List<BaseEvent>();

    [JsonInclude]
    [JsonPropertyName("user_attributes")]
    internal Dictionary<string, UserAttributeValue>? UserAttributesOrNull
    {
        get => _userAttributes is { Count: > 0 } ? _userAttributes : null;
        set => _userAttributes = value;
    }

    [JsonInclude]
    [JsonPropertyName("deleted_user_attributes")]
    internal List<string>? DeletedUserAttributesOrNull
    {
        get => _deletedUserAttributes is { Count: > 0 } ? _deletedUserAttributes : null;
        set => _deletedUserAttributes = value;
    }

    [JsonInclude]
    [JsonPropertyName("integration_attributes")]
    internal Dictionary<string, IDictionary<string, string>>? IntegrationAttributesOrNull
    {
        get => _integrationAttributes is { Count: > 0 } ? _integrationAttributes : null;
        set => _integrationAttributes = value;
    }

    [JsonInclude]
    [JsonPropertyName("partner_identities")]
    internal Dictionary<string, string>? PartnerIdentitiesOrNull
    {
        get => _partnerIdentities is { Count: > 0 } ? _partnerIdentities : null;
        set => _partnerIdentities = value;
    }

    /// <summary>The halves this batch was sent as after a 413, which every later send reuses (see <see cref="BatchHalving"/>); never serialized.</summary>
    internal BatchHalving? Halving { get; set; }

    [JsonInclude]
    [JsonPropertyName("events")]
    internal List<BaseEvent>? EventsOrNull
    {
        get => _events is { Count: > 0 } ? _events : null;
        set => _events = value;
    }
}
