using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mparticle;

/// <summary>
/// mParticle's JSON for batches: <see cref="Serialize(Batch)"/> a batch for <c>/v2/events</c>,
/// <see cref="SerializeBulk(IEnumerable{Batch})"/> an array for <c>/v2/bulkevents</c>, and the reverse.
/// </summary>
/// <remarks>
/// Writing uses the schema's exact names and spellings, omits unset fields and empty collections, sends
/// <c>0</c> and <c>false</c> when set, and writes 64-bit integers and decimals exactly. Non-ASCII text is
/// written as UTF-8 rather than escaped (the body is never embedded in HTML); control characters are escaped.
/// Reading tolerates unknown fields and is strict about types and enumeration values; a malformed document
/// throws a <see cref="JsonException"/> whose message and <see cref="JsonException.Path"/> name the JSON path.
/// </remarks>
public static class MparticleJson
{
    [ThreadStatic]
    private static PooledBufferWriter? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static readonly JsonSerializerOptions Options = CreateOptions();
    private static readonly JsonTypeInfo<Batch> BatchInfo = (JsonTypeInfo<Batch>)Options.GetTypeInfo(typeof(Batch));
    private static readonly JsonTypeInfo<List<Batch>> BulkInfo = (JsonTypeInfo<List<Batch>>)Options.GetTypeInfo(typeof(List<Batch>));

    /// <summary>
    /// The writer options this class writes with (UTF-8 text unescaped, control characters escaped, no
    /// indentation). Create the <see cref="Utf8JsonWriter"/> you pass to <see cref="Serialize(Batch, Utf8JsonWriter)"/>
    /// with these to get byte-identical output.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The JSON of one batch, as <c>POST /v2/events</c> takes it.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public static string Serialize(Batch batch)
    {
        Guard.NotNull(batch, nameof(batch));
        return WithCachedWriter(batch, static (writer, b) => BatchWriter.WriteBatch(writer, b), ToText);
    }

    /// <summary>The UTF-8 JSON of one batch.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Batch batch)
    {
        Guard.NotNull(batch, nameof(batch));
        return WithCachedWriter(batch, static (writer, b) => BatchWriter.WriteBatch(writer, b), ToBytes);
    }

    /// <summary>Writes one batch to a writer, allocating nothing; create the writer with <see cref="WriterOptions"/> for identical output.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Batch batch, Utf8JsonWriter writer)
    {
        Guard.NotNull(batch, nameof(batch));
        Guard.NotNull(writer, nameof(writer));
        BatchWriter.WriteBatch(writer, batch);
    }

    /// <summary>The JSON array of batches, as <c>POST /v2/bulkevents</c> takes it (mParticle accepts up to 100 batches and 256 KB per request).</summary>
    /// <param name="batches">The batches.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batches"/> or one of its entries is null.</exception>
    public static string SerializeBulk(IEnumerable<Batch> batches)
    {
        Guard.NotNull(batches, nameof(batches));
        return WithCachedWriter(batches, BatchWriter.WriteBulk, ToText);
    }

    /// <summary>The UTF-8 JSON array of batches.</summary>
    /// <param name="batches">The batches.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batches"/> or one of its entries is null.</exception>
    public static byte[] SerializeBulkToUtf8Bytes(IEnumerable<Batch> batches)
    {
        Guard.NotNull(batches, nameof(batches));
        return WithCachedWriter(batches, BatchWriter.WriteBulk, ToBytes);
    }

    /// <summary>Writes the JSON array of batches to a writer.</summary>
    /// <param name="batches">The batches.</param>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <exception cref="ArgumentNullException">An argument or an entry of <paramref name="batches"/> is null.</exception>
    public static void SerializeBulk(IEnumerable<Batch> batches, Utf8JsonWriter writer)
    {
        Guard.NotNull(batches, nameof(batches));
        Guard.NotNull(writer, nameof(writer));
        BatchWriter.WriteBulk(writer, batches);
    }

    /// <summary>Reads one batch.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or does not match the model; the message names the path.</exception>
    public static Batch Deserialize(string json)
    {
        Guard.NotNull(json, nameof(json));
        try
        {
            return JsonSerializer.Deserialize(json, BatchInfo) ?? throw NullDocument();
        }
        catch (JsonException exception)
        {
            throw WithFullPath(exception);
        }
    }

    /// <summary>Reads one batch from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="JsonException">The JSON is malformed or does not match the model; the message names the path.</exception>
    public static Batch Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, BatchInfo) ?? throw NullDocument();
        }
        catch (JsonException exception)
        {
            throw WithFullPath(exception);
        }
    }

    /// <summary>Reads a JSON array of batches, as <c>/v2/bulkevents</c> receives it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The batches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or does not match the model; the message names the path.</exception>
    public static IReadOnlyList<Batch> DeserializeBulk(string json)
    {
        Guard.NotNull(json, nameof(json));
        try
        {
            return CheckBulk(JsonSerializer.Deserialize(json, BulkInfo));
        }
        catch (JsonException exception)
        {
            throw WithFullPath(exception);
        }
    }

    /// <summary>Reads a UTF-8 JSON array of batches.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The batches.</returns>
    /// <exception cref="JsonException">The JSON is malformed or does not match the model; the message names the path.</exception>
    public static IReadOnlyList<Batch> DeserializeBulk(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return CheckBulk(JsonSerializer.Deserialize(utf8Json, BulkInfo));
        }
        catch (JsonException exception)
        {
            throw WithFullPath(exception);
        }
    }

    /// <summary>The options whose source-generated metadata reads (and, for comparison in tests, writes) the model.</summary>
    internal static JsonSerializerOptions SerializerOptions => Options;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(MparticleJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    private static TResult WithCachedWriter<TState, TResult>(TState state, Action<Utf8JsonWriter, TState> write, Func<PooledBufferWriter, TResult> result)
    {
        var buffer = t_buffer ??= new PooledBufferWriter();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        t_buffer = null; // taken: a nested call on this thread gets its own pair
        t_writer = null;
        try
        {
            buffer.Clear();
            writer.Reset(buffer);
            write(writer, state);
            writer.Flush();
            return result(buffer);
        }
        finally
        {
            if (!buffer.IsOversized)
            {
                writer.Reset();
                t_buffer = buffer;
                t_writer = writer;
            }
        }
    }

    private static string ToText(PooledBufferWriter buffer)
    {
        var segment = buffer.WrittenSegment;
        return Encoding.UTF8.GetString(segment.Array!, segment.Offset, segment.Count);
    }

    private static byte[] ToBytes(PooledBufferWriter buffer) => buffer.WrittenSpan.ToArray();

    private static List<Batch> CheckBulk(List<Batch>? batches)
    {
        if (batches is null)
        {
            throw NullDocument();
        }

        for (var i = 0; i < batches.Count; i++)
        {
            if (batches[i] is null)
            {
                throw new JsonException($"Expected a batch object, not null. Path: $[{i}].", $"$[{i}]", null, null);
            }
        }

        return batches;
    }

    private static JsonException NullDocument() => new("Expected a JSON batch document, not null. Path: $.", "$", null, null);

    // Gives every read error the full path: System.Text.Json's part plus what nested readers (the event envelope) added.
    private static JsonException WithFullPath(JsonException exception)
    {
        var path = RelativePathJsonException.FullPath(exception);
        var message = RelativePathJsonException.BareMessage(exception) + $" Path: {path}";
        message += exception.LineNumber is { } line
            ? $" | LineNumber: {line} | BytePositionInLine: {exception.BytePositionInLine}."
            : ".";
        return new JsonException(message, path, exception.LineNumber, exception.BytePositionInLine, exception);
    }
}
