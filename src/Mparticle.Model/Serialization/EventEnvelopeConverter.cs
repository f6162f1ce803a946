using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mparticle;

/// <summary>
/// Reads and writes an event as mParticle's envelope <c>{ "event_type": ..., "data": { ... } }</c>.
/// Reading finds <c>event_type</c> wherever it is in the object (mParticle's own sample puts it after
/// <c>data</c>), then reads <c>data</c> with the generated metadata of that event's class.
/// </summary>
internal sealed class EventEnvelopeConverter : JsonConverter<BaseEvent>
{
    public override BaseEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an event object {{ \"event_type\": ..., \"data\": {{ ... }} }}, not {reader.TokenType}.");
        }

        var eventType = FindEventType(reader);
        var typeInfo = options.GetTypeInfo(ClassOf(eventType));
        BaseEvent? result = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals(WireNames.Data.EncodedUtf8Bytes);
            reader.Read();
            if (!isData)
            {
                reader.Skip(); // event_type (already read) and unknown envelope fields
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw RelativePathJsonException.At(".data", $"Expected the event data object, not {reader.TokenType}.");
            }

            try
            {
                result = (BaseEvent)JsonSerializer.Deserialize(ref reader, typeInfo)!;
            }
            catch (JsonException exception)
            {
                throw RelativePathJsonException.Below(".data", exception);
            }
        }

        return result ?? throw new JsonException("Required event field \"data\" is missing.");
    }

    public override void Write(Utf8JsonWriter writer, BaseEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(WireNames.EventType, EventTypeConverter.Instance.Name(value.EventType));
        writer.WritePropertyName(WireNames.Data);
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
        writer.WriteEndObject();
    }

    /// <summary>The event class of an event type.</summary>
    internal static Type ClassOf(EventType eventType) => eventType switch
    {
        EventType.SessionStart => typeof(SessionStartEvent),
        EventType.SessionEnd => typeof(SessionEndEvent),
        EventType.ScreenView => typeof(ScreenViewEvent),
        EventType.CustomEvent => typeof(AppEvent),
        EventType.CrashReport => typeof(CrashReportEvent),
        EventType.OptOut => typeof(OptOutEvent),
        EventType.FirstRun => typeof(FirstRunEvent),
        EventType.PushRegistration => typeof(PushRegistrationEvent),
        EventType.ApplicationStateTransition => typeof(ApplicationStateTransitionEvent),
        EventType.PushMessage => typeof(PushMessageEvent),
        EventType.NetworkPerformance => typeof(NetworkPerformanceEvent),
        EventType.Breadcrumb => typeof(BreadcrumbEvent),
        EventType.Profile => typeof(ProfileEvent),
        EventType.CommerceEvent => typeof(CommerceEvent),
        EventType.UserAttributeChange => typeof(UserAttributeChangeEvent),
        EventType.UserIdentityChange => typeof(UserIdentityChangeEvent),
        EventType.Uninstall => typeof(UninstallEvent),
        _ => throw RelativePathJsonException.At(".event_type", $"The event type '{EventTypeConverter.Instance.Text(eventType)}' has no event definition in mParticle's schema."),
    };

    // Scans a copy of the reader, so the real one stays at the start of the object.
    private static EventType FindEventType(Utf8JsonReader scout)
    {
        while (scout.Read() && scout.TokenType == JsonTokenType.PropertyName)
        {
            var isEventType = scout.ValueTextEquals(WireNames.EventType.EncodedUtf8Bytes);
            scout.Read();
            if (!isEventType)
            {
                scout.Skip();
                continue;
            }

            if (scout.TokenType != JsonTokenType.String)
            {
                throw RelativePathJsonException.At(".event_type", $"Expected the event_type string, not {scout.TokenType}.");
            }

            if (!EventTypeConverter.Instance.TryParse(ref scout, out var eventType))
            {
                throw RelativePathJsonException.At(".event_type", $"'{scout.GetString()}' is not a known event_type.");
            }

            return eventType;
        }

        throw new JsonException("Required event field \"event_type\" is missing or empty.");
    }
}
