using System;
using System.Net;
using System.Net.Http;

namespace Serilog.Sinks.Mparticle.Compat;

/// <summary>The sink's HTTP handler on .NET: one pooled <see cref="SocketsHttpHandler"/>, as the client would create.</summary>
static class HttpHandlerFactory
{
    /// <summary>Connections are renewed now and then, so DNS changes of mParticle's load balancers are seen.</summary>
    public static HttpMessageHandler Create(TimeSpan connectionLifetime, TimeSpan connectTimeout) => new SocketsHttpHandler
    {
        PooledConnectionLifetime = connectionLifetime,
        ConnectTimeout = connectTimeout,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
    };
}
