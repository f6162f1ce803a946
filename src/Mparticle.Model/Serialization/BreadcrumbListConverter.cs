using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// <c>crash_report.breadcrumbs</c>: written as breadcrumb event envelopes (the current schema); read from
/// envelopes or from plain strings (the OpenAPI file's and the .NET SDK's shape), a string becoming the label.
/// </summary>
internal sealed class BreadcrumbListConverter : JsonConverter<List<BreadcrumbEvent>>
{
    private static readonly EventEnvelopeConverter Envelope = new();

    public override List<BreadcrumbEvent> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of breadcrumbs, not {reader.TokenType}.");
        }

        var list = new List<BreadcrumbEvent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var segment = "[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]";
            if (reader.TokenType == JsonTokenType.String)
            {
                list.Add(new BreadcrumbEvent(reader.GetString()!));
                continue;
            }

            BaseEvent item;
            try
            {
                item = Envelope.Read(ref reader, typeof(BaseEvent), options);
            }
            catch (JsonException exception)
            {
                throw RelativePathJsonException.Below(segment, exception);
            }

            list.Add(item as BreadcrumbEvent
                ?? throw RelativePathJsonException.At(segment, $"A crash report's breadcrumbs must be breadcrumb events, not {EventTypeConverter.Instance.Text(item.EventType)}."));
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, List<BreadcrumbEvent> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var breadcrumb in value)
        {
            Envelope.Write(writer, breadcrumb, options);
        }

        writer.WriteEndArray();
    }
}
