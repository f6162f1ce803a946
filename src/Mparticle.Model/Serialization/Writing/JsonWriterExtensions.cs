using System.Text.Json;

namespace Mparticle;

/// <summary>Writes a property only when it is set: <c>0</c> and <c>false</c> are set values and are written.</summary>
internal static class JsonWriterExtensions
{
    internal static void WriteOptional(this Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    internal static void WriteOptional(this Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.GetValueOrDefault());
        }
    }

    internal static void WriteOptional(this Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.GetValueOrDefault());
        }
    }

    internal static void WriteOptional(this Utf8JsonWriter writer, JsonEncodedText name, ulong? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.GetValueOrDefault());
        }
    }

    internal static void WriteOptional(this Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.GetValueOrDefault());
        }
    }

    internal static void WriteOptional(this Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.GetValueOrDefault());
        }
    }

    internal static void WriteOptional(this Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value.HasValue)
        {
            writer.WriteBoolean(name, value.GetValueOrDefault());
        }
    }
}
