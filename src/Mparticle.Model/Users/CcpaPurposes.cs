using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The wire shape of <c>consent_state.ccpa</c>: a map whose only allowed purpose is <c>data_sale_opt_out</c>. Other purposes are ignored on read.</summary>
internal sealed class CcpaPurposes
{
    [JsonPropertyName("data_sale_opt_out")]
    public CcpaConsentState? DataSaleOptOut { get; set; }
}
