using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Reads <c>MpConsentState</c>: a destructured <see cref="ConsentState"/> or a dictionary of its fields, with C#
/// or JSON names (<c>Gdpr</c> or <c>gdpr</c>, <c>DataSaleOptOut</c> or <c>data_sale_opt_out</c>). A purpose
/// without <c>consented</c> is ignored; one without a timestamp takes the log event's time.
/// </summary>
static class ConsentStateReader
{
    public static ConsentState? Read(LogEventPropertyValue? value, long defaultTimestampMs)
    {
        if (value is not (StructureValue or DictionaryValue))
            return null;

        var consent = new ConsentState();
        foreach (var purpose in PropertyValues.Members(PropertyValues.Member(value, "gdpr")))
        {
            if (purpose.Key.Length > 0 && ReadPurpose(purpose.Value, new GdprConsentState(), defaultTimestampMs) is { } gdpr)
                consent.Gdpr[purpose.Key] = gdpr;
        }

        // A ConsentState destructures its CCPA purpose as "Ccpa"; mParticle's JSON nests it in "data_sale_opt_out".
        var ccpa = PropertyValues.Member(value, "ccpa");
        consent.Ccpa = ReadPurpose(PropertyValues.Member(ccpa, "datasaleoptout") ?? ccpa, new CcpaConsentState(), defaultTimestampMs);

        return consent.Gdpr.Count > 0 || consent.Ccpa is not null ? consent : null;
    }

    static TPurpose? ReadPurpose<TPurpose>(LogEventPropertyValue? value, TPurpose purpose, long defaultTimestampMs)
        where TPurpose : ConsentPurposeState
    {
        if (PropertyValues.AsBool(PropertyValues.Member(value, "consented")) is not { } consented)
            return null;

        purpose.Consented = consented;
        purpose.TimestampUnixtimeMs = PropertyValues.AsLong(PropertyValues.Member(value, "timestampunixtimems"))
            ?? PropertyValues.AsLong(PropertyValues.Member(value, "timestamp"))
            ?? defaultTimestampMs;
        purpose.Document = PropertyValues.AsString(PropertyValues.Member(value, "document"));
        purpose.Location = PropertyValues.AsString(PropertyValues.Member(value, "location"));
        purpose.HardwareId = PropertyValues.AsString(PropertyValues.Member(value, "hardwareid"));
        purpose.Regulation = PropertyValues.AsString(PropertyValues.Member(value, "regulation"));
        return purpose;
    }
}
