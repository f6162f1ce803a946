using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mparticle.Tests.Support;

/// <summary>JSON comparison helpers for wire-format tests.</summary>
internal static class JsonText
{
    /// <summary>
    /// Asserts that <paramref name="actual"/> is exactly <paramref name="expected"/> once the expected text (written
    /// readably, indented) is minified: same properties, same order, same number text, same escaping.
    /// </summary>
    public static void ShouldBeJson(this string actual, string expected) => actual.ShouldBe(Minify(expected));

    /// <summary>Re-writes JSON without whitespace, keeping number text and using the library's escaping.</summary>
    public static string Minify(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, MparticleJson.WriterOptions))
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(reader.GetString()!); break;
                    case JsonTokenType.String: writer.WriteStringValue(reader.GetString()); break;
                    case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
                    case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                    case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                    case JsonTokenType.Null: writer.WriteNullValue(); break;
                }
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The semantic form of a document: object keys sorted; null properties, empty objects and empty arrays
    /// removed (absent, null and empty mean the same to mParticle and the model omits them); numbers compared
    /// by value. Two documents are semantically equal when their semantic forms are equal strings.
    /// </summary>
    public static string Semantic(string json) => Semantic(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    public static JsonNode? Semantic(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var sorted = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    var child = Semantic(value);
                    if (child is not null && !(child is JsonObject { Count: 0 }) && !(child is JsonArray { Count: 0 }))
                    {
                        sorted[key] = child;
                    }
                }

                return sorted;
            case JsonArray array:
                return new JsonArray(array.Select(Semantic).ToArray());
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                return JsonValue.Create("number:" + decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture));
            default:
                return node?.DeepClone();
        }
    }
}

/// <summary>Serializes model parts the way they appear inside a batch.</summary>
internal static class Wire
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON of a value at a path inside a serialized batch, e.g. <c>At(batch, "events", 0, "data")</c>.</summary>
    public static string At(Batch batch, params object[] path)
    {
        JsonNode? node = JsonNode.Parse(MparticleJson.Serialize(batch));
        foreach (var step in path)
        {
            node = step is int index ? node![index] : node![(string)step];
        }

        return node!.ToJsonString(Relaxed);
    }

    /// <summary>The <c>data</c> object of an event.</summary>
    public static string DataOf(BaseEvent e) => At(new Batch { Events = { e } }, "events", 0, "data");

    /// <summary>The envelope of an event.</summary>
    public static string EnvelopeOf(BaseEvent e) => At(new Batch { Events = { e } }, "events", 0);

    /// <summary>A product as written inside a product action.</summary>
    public static string Of(Product product) =>
        At(new Batch { Events = { new CommerceEvent(new ProductAction(ProductActionType.Click) { Products = { product } }) } }, "events", 0, "data", "product_action", "products", 0);
}
