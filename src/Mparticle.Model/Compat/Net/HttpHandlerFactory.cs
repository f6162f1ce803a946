using System;
using System.Net;
using System.Net.Http;

namespace Mparticle.Compat;

/// <summary>Creates the default handler on .NET: one pooled <see cref="SocketsHttpHandler"/>.</summary>
internal static class HttpHandlerFactory
{
    /// <summary>
    /// A bounded <see cref="SocketsHttpHandler.PooledConnectionLifetime"/> makes the pool reopen connections
    /// now and then, so DNS changes (mParticle's pods sit behind load balancers) are picked up without
    /// creating a client per request.
    /// </summary>
    public static HttpMessageHandler Create(Uri baseUri, TimeSpan connectionLifetime, TimeSpan connectTimeout)
    {
        _ = baseUri;
        return new SocketsHttpHandler
        {
            PooledConnectionLifetime = connectionLifetime,
            PooledConnectionIdleTimeout = connectionLifetime < TimeSpan.FromMinutes(1) ? connectionLifetime : TimeSpan.FromMinutes(1),
            ConnectTimeout = connectTimeout,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
    }
}
