using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Mparticle.Compat;

/// <summary>Reads response bodies (netstandard2.0 has no cancellable overload; the body is already buffered).</summary>
internal static class HttpContentCompat
{
    public static Task<byte[]> ReadAsByteArrayAsync(HttpContent content, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        return content.ReadAsByteArrayAsync();
    }
}
