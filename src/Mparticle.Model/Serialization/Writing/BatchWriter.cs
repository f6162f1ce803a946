using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Mparticle;

/// <summary>
/// Writes the model with <see cref="Utf8JsonWriter"/> directly: pre-encoded names, primitives written as
/// they are, no boxing, no intermediate strings, no reflection. It produces exactly the JSON of the
/// source-generated metadata in <see cref="MparticleJsonContext"/> (the tests compare both on every type
/// and field), in the same property order, at a fraction of the cost.
/// </summary>
internal static partial class BatchWriter
{
    internal static void WriteBulk(Utf8JsonWriter writer, IEnumerable<Batch> batches)
    {
        writer.WriteStartArray();
        foreach (var batch in batches)
        {
            Guard.NotNull(batch, nameof(batches));
            WriteBatch(writer, batch);
        }

        writer.WriteEndArray();
    }

    /// <summary>One event as its envelope: <c>event_type</c>, then <c>data</c>.</summary>
    /// <remarks>The <c>Write…EventData</c> methods write the members of <c>data</c> that are the event kind's own; the object itself is opened here, in one call with its name.</remarks>
    internal static void WriteEvent(Utf8JsonWriter writer, BaseEvent value)
    {
        writer.WriteStartObject();
        writer.WriteString(WireNames.EventType, EventTypeConverter.Instance.Name(value.EventType));
        writer.WriteStartObject(WireNames.Data);
        switch (value)
        {
            case AppEvent e: WriteAppEventData(writer, e); break;
            case CommerceEvent e: WriteCommerceEventData(writer, e); break;
            case ScreenViewEvent e: WriteScreenViewEventData(writer, e); break;
            case SessionStartEvent: break; // no data fields of its own
            case SessionEndEvent e: WriteSessionEndEventData(writer, e); break;
            case ApplicationStateTransitionEvent e: WriteApplicationStateTransitionEventData(writer, e); break;
            case CrashReportEvent e: WriteCrashReportEventData(writer, e); break;
            case BreadcrumbEvent e: WriteBreadcrumbEventData(writer, e); break;
            case NetworkPerformanceEvent e: WriteNetworkPerformanceEventData(writer, e); break;
            case OptOutEvent e: WriteOptOutEventData(writer, e); break;
            case PushRegistrationEvent e: WritePushRegistrationEventData(writer, e); break;
            case PushMessageEvent e: WritePushMessageEventData(writer, e); break;
            case UninstallEvent: break; // no data fields of its own
            case FirstRunEvent: break; // no data fields of its own
            case ProfileEvent e: WriteProfileEventData(writer, e); break;
            case UserAttributeChangeEvent e: WriteUserAttributeChangeEventData(writer, e); break;
            case UserIdentityChangeEvent e: WriteUserIdentityChangeEventData(writer, e); break;
            default: throw new ArgumentException($"Unknown event class {value.GetType()}.", nameof(value)); // BaseEvent's constructor is internal
        }

        // Every kind's own fields come first, then the shared ones, as the generated metadata orders them.
        WriteBaseEventFields(writer, value);
        WriteBaseEventCollections(writer, value);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter writer, JsonEncodedText name, List<BaseEvent>? events, bool assignIds)
    {
        if (events is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < events.Count; i++)
        {
            var value = events[i] ?? throw new ArgumentException($"Batch.Events[{i}] is null.", nameof(events));
            if (assignIds && value.SourceMessageId is null)
            {
                value.SourceMessageId = RequestIds.New();
            }

            WriteEvent(writer, value);
        }

        writer.WriteEndArray();
    }

    private static void WriteBreadcrumbs(Utf8JsonWriter writer, JsonEncodedText name, List<BreadcrumbEvent>? breadcrumbs)
    {
        if (breadcrumbs is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var breadcrumb in breadcrumbs)
        {
            WriteEvent(writer, breadcrumb);
        }

        writer.WriteEndArray();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, List<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteAttributes(Utf8JsonWriter writer, JsonEncodedText name, Dictionary<string, AttributeValue>? attributes)
    {
        if (attributes is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var pair in attributes)
        {
            // A string, the usual value, goes with its name in one call (one escaping check and buffer check less).
            if (pair.Value.TryGetString(out var text))
            {
                writer.WriteString(pair.Key, text);
            }
            else
            {
                writer.WritePropertyName(pair.Key);
                pair.Value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteUserAttributes(Utf8JsonWriter writer, JsonEncodedText name, Dictionary<string, UserAttributeValue>? attributes)
    {
        if (attributes is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        foreach (var pair in attributes)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IDictionary<string, string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        WriteStringMap(writer, values);
    }

    private static void WriteNestedStrings(Utf8JsonWriter writer, JsonEncodedText name, Dictionary<string, IDictionary<string, string>>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        foreach (var pair in values)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteStringMap(writer, pair.Value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteStringMap(Utf8JsonWriter writer, IDictionary<string, string> values)
    {
        writer.WriteStartObject();
        if (values is Dictionary<string, string> dictionary)
        {
            foreach (var pair in dictionary)
            {
                writer.WriteString(pair.Key, pair.Value);
            }
        }
        else
        {
            foreach (var pair in values)
            {
                writer.WriteString(pair.Key, pair.Value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteGdpr(Utf8JsonWriter writer, JsonEncodedText name, Dictionary<string, GdprConsentState>? purposes)
    {
        if (purposes is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        foreach (var pair in purposes)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteConsentPurpose(writer, pair.Value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteStringList(Utf8JsonWriter writer, JsonEncodedText name, List<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
