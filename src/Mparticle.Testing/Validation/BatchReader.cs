using System;
using System.Buffers;
using System.Text.Json;
using Mparticle.Testing.Inspection;

namespace Mparticle.Testing.Validation;

/// <summary>
/// Reads a batch with our own model (<see cref="MparticleJson"/>): wrong types and unknown enumeration values fail
/// there, with the JSON path; in strict mode the batch is also written back to find fields the model ignored.
/// </summary>
internal static class BatchReader
{
    // The batch written back for the unknown-field check goes into a per-thread buffer: no allocation per batch.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Reads the batch at <paramref name="scan"/>'s place in <paramref name="body"/> into <see cref="ScannedBatch.Batch"/>.</summary>
    /// <returns>Null when it is valid; otherwise what is wrong, naming the batch and the path.</returns>
    public static string? Read(ReadOnlySpan<byte> body, ScannedBatch scan, bool strict)
    {
        var json = body.Slice(scan.Start, scan.Length);
        Batch batch;
        try
        {
            batch = MparticleJson.Deserialize(json);
        }
        catch (JsonException ex)
        {
            return $"Batch {scan.Path} does not match the Events API: {Relocate(ex, scan.Path)}";
        }

        scan.Batch = batch;
        if (!strict)
        {
            return null;
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, MparticleJson.WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        MparticleJson.Serialize(batch, writer);
        writer.Flush();
        return UnknownFieldFinder.Find(json, buffer.WrittenSpan) is { } unknown
            ? $"Unknown field {scan.Path}{unknown}: the Events API has no such field here (lenient validation ignores unknown fields)."
            : null;
    }

    /// <summary>The model's message with its batch-relative path made request-relative, without batch-relative line numbers.</summary>
    private static string Relocate(JsonException ex, string batchPath)
    {
        var message = ex.Message;
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var text = at >= 0 ? message[..at] : message;
        var path = ex.Path is { Length: > 0 } relative && relative[0] == '$' ? batchPath + relative[1..] : batchPath;
        return text + " Path: " + path + ".";
    }
}
