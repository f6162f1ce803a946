using System;
using System.Net;
using System.Net.Http;

namespace Mparticle.Compat;

/// <summary>Creates the default handler on netstandard2.0: an <see cref="HttpClientHandler"/>.</summary>
internal static class HttpHandlerFactory
{
    /// <summary>
    /// netstandard2.0 has no <c>PooledConnectionLifetime</c>. The closest it offers is the service point's
    /// <see cref="ServicePoint.ConnectionLeaseTimeout"/>, which .NET Framework honours (newer runtimes, which
    /// load the net10.0 build anyway, ignore it). The connect timeout is covered by the per-attempt timeout.
    /// </summary>
    public static HttpMessageHandler Create(Uri baseUri, TimeSpan connectionLifetime, TimeSpan connectTimeout)
    {
        _ = connectTimeout;
        TrySetConnectionLease(baseUri, connectionLifetime);
        return new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
    }

    private static void TrySetConnectionLease(Uri baseUri, TimeSpan connectionLifetime)
    {
        try
        {
            var milliseconds = connectionLifetime.TotalMilliseconds >= int.MaxValue ? -1 : (int)connectionLifetime.TotalMilliseconds;
            ServicePointManager.FindServicePoint(baseUri).ConnectionLeaseTimeout = milliseconds;
        }
        catch (PlatformNotSupportedException)
        {
            // Some runtimes (browser, some mobile targets) have no service points; the lease is only a refinement.
        }
    }
}
