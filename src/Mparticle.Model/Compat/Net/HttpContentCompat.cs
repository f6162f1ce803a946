using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Mparticle.Compat;

/// <summary>Reads response bodies.</summary>
internal static class HttpContentCompat
{
    public static Task<byte[]> ReadAsByteArrayAsync(HttpContent content, CancellationToken cancellationToken) =>
        content.ReadAsByteArrayAsync(cancellationToken);
}
