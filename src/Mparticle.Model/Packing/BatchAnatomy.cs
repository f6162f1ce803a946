using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Mparticle;

/// <summary>
/// A serialized batch taken apart: its JSON without <c>events</c> (the "envelope": identities, attributes, device,
/// consent…) and the exact serialized size of each event. Reading the JSON the serializer already produced
/// gives real sizes without serializing anything twice, and copying the envelope through JSON copies every
/// field of the batch, including ones added to the model later.
/// </summary>
internal sealed class BatchAnatomy
{
    private BatchAnatomy(byte[] envelope, int[] eventSizes)
    {
        Envelope = envelope;
        EventSizes = eventSizes;
    }

    /// <summary>The batch JSON without its events.</summary>
    public byte[] Envelope { get; }

    /// <summary>The UTF-8 size of each event's JSON, in the order of <see cref="Batch.Events"/>.</summary>
    public int[] EventSizes { get; }

    public static BatchAnatomy Read(ReadOnlySpan<byte> batchJson)
    {
        var output = new PooledBufferWriter();
        using var writer = new Utf8JsonWriter(output, MparticleJson.WriterOptions);
        var sizes = new List<int>();
        var reader = new Utf8JsonReader(batchJson);
        reader.Read();
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isEvents = reader.ValueTextEquals(WireNames.Events.EncodedUtf8Bytes);
            var name = isEvents ? null : reader.GetString();
            reader.Read();
            if (isEvents)
            {
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var start = reader.TokenStartIndex;
                        reader.Skip();
                        sizes.Add((int)(reader.BytesConsumed - start));
                    }
                }

                continue;
            }

            var valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            writer.WritePropertyName(name!);
            writer.WriteRawValue(batchJson.Slice(valueStart, (int)reader.BytesConsumed - valueStart), skipInputValidation: true);
        }

        writer.WriteEndObject();
        writer.Flush();
        return new BatchAnatomy(output.WrittenSpan.ToArray(), sizes.ToArray());
    }

    /// <summary>A new batch of the same user (every field but the events copied) holding <paramref name="events"/>.</summary>
    public Batch CreatePart(string sourceRequestId, IEnumerable<BaseEvent> events)
    {
        var part = MparticleJson.Deserialize(Envelope);
        part.SourceRequestId = sourceRequestId;
        foreach (var item in events)
        {
            part.Events.Add(item);
        }

        return part;
    }
}
