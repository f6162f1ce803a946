using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// <c>lifetime_value_change</c> is written as a boolean (the reference's advice, with the OpenAPI file and the
/// .NET and Java SDKs); the current schema and mParticle's sample batch use a number, so reading accepts a
/// number too, non-zero meaning true. Any other token is an error.
/// </summary>
internal sealed class LifetimeValueChangeConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetDouble() != 0d,
        _ => throw new JsonException($"Expected a boolean or a number for lifetime_value_change, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
