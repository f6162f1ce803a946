using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Mparticle.Testing.Recording;

/// <summary>
/// Appends one JSON line per request to a file from a single background task, so request threads only format a line
/// and hand it over (they wait only when the file falls 10,000 lines behind).
/// </summary>
internal sealed class JsonlWriter : IAsyncDisposable
{
    private const int Backlog = 10_000;

    private readonly Channel<byte[]> _lines = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(Backlog)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly FileStream _file;
    private readonly Task _writing;

    public JsonlWriter(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true);
        _writing = Task.Run(WriteLinesAsync);
    }

    /// <summary>Queues a line made by <see cref="Format"/>.</summary>
    public ValueTask WriteAsync(byte[] line, CancellationToken cancellationToken) =>
        _lines.Writer.TryWrite(line) ? default : _lines.Writer.WriteAsync(line, cancellationToken);

    /// <summary>Formats the record of <paramref name="request"/>, with <paramref name="jsonBody"/> when the body is JSON, as one line.</summary>
    public static byte[] Format(ReceivedRequest request, ReadOnlySpan<byte> jsonBody)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + jsonBody.Length);
        // The model's writer options: messages and bodies keep quotes and non-ASCII text as they are (JSON, never HTML).
        using (var writer = new Utf8JsonWriter(buffer, MparticleJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("time"u8, request.ReceivedAt);
            writer.WriteString("method"u8, request.Method);
            writer.WriteString("path"u8, request.Path);
            writer.WriteNumber("status"u8, request.StatusCode);
            writer.WriteNumber("bytes"u8, request.Bytes);
            writer.WriteNumber("duration_ms"u8, Math.Round(request.Duration.TotalMilliseconds, 3));
            if (request.ApiKey is { } key)
            {
                writer.WriteString("api_key"u8, key);
            }

            writer.WriteNumber("batches"u8, request.BatchCount);
            writer.WriteNumber("accepted_batches"u8, request.AcceptedBatchCount);
            writer.WriteNumber("duplicates"u8, request.DuplicateCount);
            writer.WriteNumber("skipped_batches"u8, request.SkippedBatchCount);
            writer.WriteNumber("invalid_batches"u8, request.InvalidBatchCount);
            writer.WriteNumber("events"u8, request.EventCount);
            if (request.Fault is { } fault)
            {
                writer.WriteString("fault"u8, fault);
            }

            if (request.Error is { } error)
            {
                writer.WriteString("error"u8, error);
            }

            if (!jsonBody.IsEmpty)
            {
                writer.WritePropertyName("body"u8);
                writer.WriteRawValue(jsonBody, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        // The body was read as JSON but may span lines; one record per line needs it compacted.
        var line = buffer.WrittenSpan.IndexOfAny((byte)'\n', (byte)'\r') >= 0 ? Compact(buffer.WrittenSpan) : buffer.WrittenSpan.ToArray();
        var result = new byte[line.Length + 1];
        line.CopyTo(result, 0);
        result[^1] = (byte)'\n';
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _lines.Writer.TryComplete();
        await _writing.ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }

    private static byte[] Compact(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var buffer = new ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(buffer, MparticleJson.WriterOptions))
        {
            document.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private async Task WriteLinesAsync()
    {
        var reader = _lines.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var line))
            {
                await _file.WriteAsync(line).ConfigureAwait(false);
            }

            // Flushed whenever the backlog is empty, so a reader of the file sees each request soon after its answer.
            await _file.FlushAsync().ConfigureAwait(false);
        }
    }
}
