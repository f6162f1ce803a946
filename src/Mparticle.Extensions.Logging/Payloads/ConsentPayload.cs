using System.Collections.Generic;

namespace Mparticle.Extensions.Logging.Payloads;

/// <summary>
/// A <see cref="ConsentState"/> as plain dictionaries with mParticle's JSON names (<c>gdpr</c>, <c>ccpa</c>,
/// <c>data_sale_opt_out</c>, <c>consented</c>, ...), which Serilog captures exactly; present values only.
/// </summary>
static class ConsentPayload
{
    public const string Gdpr = "gdpr";
    public const string Ccpa = "ccpa";
    public const string DataSaleOptOut = "data_sale_opt_out";
    public const string Consented = "consented";

    // CCPA first: reading Gdpr creates its dictionary on the caller's object, and a CCPA-only consent need not.
    public static bool IsEmpty(ConsentState consent) => consent.Ccpa is null && consent.Gdpr.Count == 0;

    public static Dictionary<string, object?> Of(ConsentState consent)
    {
        var payload = new Dictionary<string, object?>(2);
        if (consent.Gdpr.Count > 0)
        {
            var purposes = new Dictionary<string, object?>(consent.Gdpr.Count);
            foreach (var purpose in consent.Gdpr)
                purposes[purpose.Key] = Purpose(purpose.Value);
            payload[Gdpr] = purposes;
        }

        if (consent.Ccpa is { } ccpa)
            payload[Ccpa] = new Dictionary<string, object?>(1) { [DataSaleOptOut] = Purpose(ccpa) };

        return payload;
    }

    static Dictionary<string, object?> Purpose(ConsentPurposeState state)
    {
        var purpose = new Dictionary<string, object?>(6);
        Add(purpose, Consented, state.Consented);
        Add(purpose, "timestamp_unixtime_ms", state.TimestampUnixtimeMs);
        Add(purpose, "document", state.Document);
        Add(purpose, "location", state.Location);
        Add(purpose, "hardware_id", state.HardwareId);
        Add(purpose, "regulation", state.Regulation);
        return purpose;
    }

    static void Add(Dictionary<string, object?> purpose, string name, object? value)
    {
        if (value is not null)
            purpose[name] = value;
    }
}
