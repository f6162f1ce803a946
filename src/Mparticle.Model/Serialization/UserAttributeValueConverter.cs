using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>Reads a JSON scalar or an array of strings into a <see cref="UserAttributeValue"/> and writes it back.</summary>
internal sealed class UserAttributeValueConverter : JsonConverter<UserAttributeValue>
{
    public override bool HandleNull => true;

    public override UserAttributeValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UserAttributeValue.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, UserAttributeValue value, JsonSerializerOptions options) =>
        value.WriteTo(writer);
}
