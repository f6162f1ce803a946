using System.Text.Json;

namespace Mparticle;

internal static partial class BatchWriter
{
    internal static void WriteUserIdentities(Utf8JsonWriter writer, UserIdentities value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.CustomerId, value.CustomerId);
        writer.WriteOptional(WireNames.Email, value.Email);
        writer.WriteOptional(WireNames.Other, value.Other);
        writer.WriteOptional(WireNames.OtherId2, value.OtherId2);
        writer.WriteOptional(WireNames.OtherId3, value.OtherId3);
        writer.WriteOptional(WireNames.OtherId4, value.OtherId4);
        writer.WriteOptional(WireNames.OtherId5, value.OtherId5);
        writer.WriteOptional(WireNames.OtherId6, value.OtherId6);
        writer.WriteOptional(WireNames.OtherId7, value.OtherId7);
        writer.WriteOptional(WireNames.OtherId8, value.OtherId8);
        writer.WriteOptional(WireNames.OtherId9, value.OtherId9);
        writer.WriteOptional(WireNames.OtherId10, value.OtherId10);
        writer.WriteOptional(WireNames.Facebook, value.Facebook);
        writer.WriteOptional(WireNames.FacebookCustomAudienceId, value.FacebookCustomAudienceId);
        writer.WriteOptional(WireNames.Google, value.Google);
        writer.WriteOptional(WireNames.Microsoft, value.Microsoft);
        writer.WriteOptional(WireNames.Twitter, value.Twitter);
        writer.WriteOptional(WireNames.Yahoo, value.Yahoo);
        writer.WriteOptional(WireNames.Alias, value.Alias);
        writer.WriteOptional(WireNames.MobileNumber, value.MobileNumber);
        writer.WriteOptional(WireNames.PhoneNumber2, value.PhoneNumber2);
        writer.WriteOptional(WireNames.PhoneNumber3, value.PhoneNumber3);
        writer.WriteEndObject();
    }

    internal static void WriteUserIdentity(Utf8JsonWriter writer, UserIdentity value)
    {
        writer.WriteStartObject();
        writer.WriteString(WireNames.IdentityType, IdentityTypeConverter.Instance.Name(value.IdentityType));
        writer.WriteOptional(WireNames.Identity, value.Identity);
        writer.WriteOptional(WireNames.TimestampUnixtimeMs, value.TimestampUnixtimeMs);
        writer.WriteOptional(WireNames.CreatedThisBatch, value.CreatedThisBatch);
        writer.WriteEndObject();
    }

    internal static void WriteConsentState(Utf8JsonWriter writer, ConsentState value)
    {
        writer.WriteStartObject();
        WriteGdpr(writer, WireNames.Gdpr, value.GdprOrNull);
        if (value.Ccpa is { } ccpa)
        {
            writer.WritePropertyName(WireNames.Ccpa);
            writer.WriteStartObject();
            writer.WritePropertyName(WireNames.DataSaleOptOut);
            WriteConsentPurpose(writer, ccpa);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    internal static void WriteAttributionInfo(Utf8JsonWriter writer, AttributionInfo value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.ServiceProvider, value.ServiceProvider);
        writer.WriteOptional(WireNames.Publisher, value.Publisher);
        writer.WriteOptional(WireNames.Campaign, value.Campaign);
        writer.WriteEndObject();
    }

    private static void WriteConsentPurpose(Utf8JsonWriter writer, ConsentPurposeState value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.Consented, value.Consented);
        writer.WriteOptional(WireNames.TimestampUnixtimeMs, value.TimestampUnixtimeMs);
        writer.WriteOptional(WireNames.Document, value.Document);
        writer.WriteOptional(WireNames.Location, value.Location);
        writer.WriteOptional(WireNames.HardwareId, value.HardwareId);
        writer.WriteOptional(WireNames.Regulation, value.Regulation);
        writer.WriteEndObject();
    }
}
