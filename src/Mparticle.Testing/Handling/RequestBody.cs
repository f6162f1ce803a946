using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace Mparticle.Testing.Handling;

/// <summary>
/// A request body read once into a pooled buffer, never past mParticle's request limit: a body of 256,000 bytes or
/// more is refused from its Content-Length, or as soon as that much has arrived, without reading the rest.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private byte[]? _buffer;

    private RequestBody(byte[]? buffer, int length, long tooLargeBytes)
    {
        _buffer = buffer;
        Length = length;
        TooLargeBytes = tooLargeBytes;
    }

    public int Length { get; }

    /// <summary>When the body is too large: its size (Content-Length) or the bytes seen before giving up; otherwise 0.</summary>
    public long TooLargeBytes { get; }

    public bool IsTooLarge => TooLargeBytes > 0;

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public static async ValueTask<RequestBody> ReadAsync(PipeReader reader, long? contentLength, int limitExclusive, CancellationToken cancellationToken)
    {
        if (contentLength >= limitExclusive)
        {
            return new RequestBody(null, 0, contentLength.Value);
        }

        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= limitExclusive)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return new RequestBody(null, 0, buffer.Length);
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                var length = (int)buffer.Length;
                var array = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                buffer.CopyTo(array);
                reader.AdvanceTo(buffer.End);
                return new RequestBody(array, length, 0);
            }

            // Examined everything, consumed nothing: the pipe grows until the whole body is in.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads what has arrived so far (for a connection dropped mid-request), returning its length.</summary>
    public static async ValueTask<long> ReadSomeAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var length = result.Buffer.Length;
        reader.AdvanceTo(result.Buffer.End);
        return length;
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
