using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Mparticle.Compat;

/// <summary>Writes request bodies and reads response bodies.</summary>
internal static class HttpContentCompat
{
    public static Task<byte[]> ReadAsByteArrayAsync(HttpContent content, CancellationToken cancellationToken) =>
        content.ReadAsByteArrayAsync(cancellationToken);

    public static Task WriteAsync(Stream stream, ArraySegment<byte> bytes) =>
        stream.WriteAsync(bytes.AsMemory()).AsTask();
}
