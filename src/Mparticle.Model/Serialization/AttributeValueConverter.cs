using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>Reads any JSON scalar into an <see cref="AttributeValue"/> and writes the primitive it holds.</summary>
internal sealed class AttributeValueConverter : JsonConverter<AttributeValue>
{
    public override bool HandleNull => true;

    public override AttributeValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AttributeValue.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, AttributeValue value, JsonSerializerOptions options) =>
        value.WriteTo(writer);
}
