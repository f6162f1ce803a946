using System.Text.Json;

namespace Mparticle;

internal static partial class BatchWriter
{
    /// <summary>
    /// Writes the batch; with <paramref name="assignIds"/>, gives each event without a <c>source_message_id</c> a new
    /// one on the caller's object just before writing it (the packer's fused id pass: one walk over the events).
    /// </summary>
    internal static void WriteBatch(Utf8JsonWriter writer, Batch value, bool assignIds = false)
    {
        writer.WriteStartObject();
        if (value.Environment is { } environment)
        {
            writer.WriteString(WireNames.Environment, MparticleEnvironmentConverter.Instance.Name(environment));
        }

        writer.WriteOptional(WireNames.SourceRequestId, value.SourceRequestId);
        if (value.UserIdentities is { } userIdentities)
        {
            writer.WritePropertyName(WireNames.UserIdentities);
            WriteUserIdentities(writer, userIdentities);
        }

        if (value.DeviceInfo is { } deviceInfo)
        {
            writer.WritePropertyName(WireNames.DeviceInfo);
            WriteDeviceInformation(writer, deviceInfo);
        }

        if (value.ApplicationInfo is { } applicationInfo)
        {
            writer.WritePropertyName(WireNames.ApplicationInfo);
            WriteApplicationInformation(writer, applicationInfo);
        }

        if (value.SourceInfo is { } sourceInfo)
        {
            writer.WritePropertyName(WireNames.SourceInfo);
            WriteSourceInformation(writer, sourceInfo);
        }

        if (value.Context is { } context)
        {
            writer.WritePropertyName(WireNames.Context);
            WriteBatchContext(writer, context);
        }

        if (value.ConsentState is { } consentState)
        {
            writer.WritePropertyName(WireNames.ConsentState);
            WriteConsentState(writer, consentState);
        }

        if (value.AttributionInfo is { } attributionInfo)
        {
            writer.WritePropertyName(WireNames.AttributionInfo);
            WriteAttributionInfo(writer, attributionInfo);
        }

        writer.WriteOptional(WireNames.PartnerIdentity, value.PartnerIdentity);
        writer.WriteOptional(WireNames.Mpid, value.Mpid);
        writer.WriteOptional(WireNames.OriginMpid, value.OriginMpid);
        writer.WriteOptional(WireNames.MpDeviceid, value.MpDeviceId);
        writer.WriteOptional(WireNames.Ip, value.Ip);
        writer.WriteOptional(WireNames.TimestampUnixtimeMs, value.TimestampUnixtimeMs);
        writer.WriteOptional(WireNames.BatchId, value.BatchId);
        writer.WriteOptional(WireNames.SchemaVersion, value.SchemaVersion);
        writer.WriteOptional(WireNames.SdkVersion, value.SdkVersion);
        writer.WriteOptional(WireNames.JobId, value.JobId);
        WriteUserAttributes(writer, WireNames.UserAttributes, value.UserAttributesOrNull);
        WriteStringList(writer, WireNames.DeletedUserAttributes, value.DeletedUserAttributesOrNull);
        WriteNestedStrings(writer, WireNames.IntegrationAttributes, value.IntegrationAttributesOrNull);
        WriteStrings(writer, WireNames.PartnerIdentities, value.PartnerIdentitiesOrNull);
        WriteEvents(writer, WireNames.Events, value.EventsOrNull, assignIds);
        writer.WriteEndObject();
    }

    internal static void WriteBatchContext(Utf8JsonWriter writer, BatchContext value)
    {
        writer.WriteStartObject();
        if (value.DataPlan is { } dataPlan)
        {
            writer.WritePropertyName(WireNames.DataPlan);
            WriteDataPlanContext(writer, dataPlan);
        }

        if (value.Location is { } location)
        {
            writer.WritePropertyName(WireNames.Location);
            WriteGeoLocation(writer, location);
        }
        writer.WriteEndObject();
    }

    internal static void WriteDataPlanContext(Utf8JsonWriter writer, DataPlanContext value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.PlanId, value.PlanId);
        writer.WriteOptional(WireNames.PlanVersion, value.PlanVersion);
        writer.WriteEndObject();
    }

    internal static void WriteSourceInformation(Utf8JsonWriter writer, SourceInformation value)
    {
        writer.WriteStartObject();
        if (value.Channel is { } channel)
        {
            writer.WriteString(WireNames.Channel, SourceChannelConverter.Instance.Name(channel));
        }

        writer.WriteOptional(WireNames.Partner, value.Partner);
        writer.WriteOptional(WireNames.ReplayRequestId, value.ReplayRequestId);
        writer.WriteOptional(WireNames.ReplayJobId, value.ReplayJobId);
        writer.WriteOptional(WireNames.IsHistorical, value.IsHistorical);
        writer.WriteEndObject();
    }

    internal static void WriteEventSystemNotificationInfo(Utf8JsonWriter writer, EventSystemNotificationInfo value)
    {
        writer.WriteStartObject();
        writer.WriteString(WireNames.Type, EventSystemNotificationTypeConverter.Instance.Name(value.Type));
        writer.WriteEndObject();
    }
}
