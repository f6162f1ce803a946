using System.Collections.Generic;
using System.Text;
using Mparticle.Extensions.Logging.Payloads;

namespace Mparticle.Extensions.Logging.Text;

/// <summary>
/// The readable text of a consent payload: <c>mParticle consent gdpr "Marketing"=granted ccpa data_sale_opt_out=denied</c>
/// (<c>granted</c> for <c>consented</c> true, <c>denied</c> for false, <c>unknown</c> when absent).
/// </summary>
static class ConsentText
{
    public static StringBuilder Append(StringBuilder text, object? payload)
    {
        text.Append("mParticle consent");
        if (payload is not Dictionary<string, object?> consent)
            return text;

        if (consent.TryGetValue(ConsentPayload.Gdpr, out var gdpr) && gdpr is Dictionary<string, object?> purposes)
        {
            text.Append(" gdpr");
            foreach (var purpose in purposes)
                Decision(text.Append(' ').Quoted(purpose.Key).Append('='), purpose.Value);
        }

        if (consent.TryGetValue(ConsentPayload.Ccpa, out var ccpa) && ccpa is Dictionary<string, object?> optOut
            && optOut.TryGetValue(ConsentPayload.DataSaleOptOut, out var state))
        {
            Decision(text.Append(" ccpa ").Append(ConsentPayload.DataSaleOptOut).Append('='), state);
        }

        return text;
    }

    static void Decision(StringBuilder text, object? purpose) =>
        text.Append((purpose as Dictionary<string, object?>)?.TryGetValue(ConsentPayload.Consented, out var consented) == true
            ? consented is true ? "granted" : "denied"
            : "unknown");
}
