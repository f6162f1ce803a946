using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Mparticle.Compat;

/// <summary>Writes request bodies and reads response bodies (netstandard2.0 has no cancellable overload; the body is already buffered).</summary>
internal static class HttpContentCompat
{
    public static Task<byte[]> ReadAsByteArrayAsync(HttpContent content, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        return content.ReadAsByteArrayAsync();
    }

    public static Task WriteAsync(Stream stream, ArraySegment<byte> bytes) =>
        stream.WriteAsync(bytes.Array!, bytes.Offset, bytes.Count);
}
