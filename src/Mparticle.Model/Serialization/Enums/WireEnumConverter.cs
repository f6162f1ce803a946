using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// Reads and writes an enumeration as mParticle's exact spelling. Reading is strict: only a JSON
/// string that matches a name exactly (case-sensitive) is accepted; numbers and unknown names are
/// errors. Writing uses pre-encoded names, so it allocates nothing.
/// </summary>
/// <typeparam name="T">The enumeration; its members are numbered 0..n-1 in the order of the names.</typeparam>
internal abstract class WireEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly JsonEncodedText[] _names;

    protected WireEnumConverter(params string[] names)
    {
        _names = new JsonEncodedText[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            _names[i] = JsonEncodedText.Encode(names[i]);
        }
    }

    /// <summary>The pre-encoded wire name of a value.</summary>
    internal JsonEncodedText Name(T value)
    {
        var index = ToIndex(value);
        if ((uint)index >= (uint)_names.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{index} is not a defined {typeof(T).Name} value.");
        }

        return _names[index];
    }

    /// <summary>The wire name of a value, as text.</summary>
    internal string Text(T value) => Name(value).Value;

    /// <summary>Finds the value of a wire name; false when the name is unknown.</summary>
    internal bool TryParse(ref Utf8JsonReader reader, out T value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (reader.ValueTextEquals(_names[i].EncodedUtf8Bytes))
            {
                value = FromIndex(i);
                return true;
            }
        }

        value = default;
        return false;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(T).Name} string, not {reader.TokenType}.");
        }

        if (TryParse(ref reader, out var value))
        {
            return value;
        }

        throw new JsonException($"'{reader.GetString()}' is not a known {typeof(T).Name} value.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Name(value));

    protected abstract int ToIndex(T value);

    protected abstract T FromIndex(int index);
}
