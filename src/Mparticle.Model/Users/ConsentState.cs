using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// The user's consent (<c>consent_state</c>):
/// <c>new ConsentState { Gdpr = { ["My Purpose"] = new GdprConsentState { Consented = true, ... } } }</c>.
/// Consent can be updated with platform or custom-feed credentials only.
/// </summary>
public sealed class ConsentState
{
    private Dictionary<string, GdprConsentState>? _gdpr;

    /// <summary>GDPR consent by purpose name (<c>gdpr</c>); created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IDictionary<string, GdprConsentState> Gdpr => _gdpr ??= new Dictionary<string, GdprConsentState>();

    /// <summary>CCPA consent, written as <c>"ccpa": { "data_sale_opt_out": { ... } }</c>, the only CCPA purpose.</summary>
    [JsonIgnore]
    public CcpaConsentState? Ccpa { get; set; }

    [JsonInclude]
    [JsonPropertyName("gdpr")]
    internal Dictionary<string, GdprConsentState>? GdprOrNull
    {
        get => _gdpr is { Count: > 0 } ? _gdpr : null;
        set => _gdpr = value;
    }

    [JsonInclude]
    [JsonPropertyName("ccpa")]
    internal CcpaPurposes? CcpaPurposes
    {
        get => Ccpa is null ? null : new CcpaPurposes { DataSaleOptOut = Ccpa };
        set => Ccpa = value?.DataSaleOptOut;
    }
}
