using System;
using System.Net;
using System.Net.Http;

namespace Serilog.Sinks.Mparticle.Compat;

/// <summary>The sink's HTTP handler on netstandard2.0: an <see cref="HttpClientHandler"/> (no connection lifetime to set there).</summary>
static class HttpHandlerFactory
{
    public static HttpMessageHandler Create(TimeSpan connectionLifetime, TimeSpan connectTimeout)
    {
        _ = connectionLifetime;
        _ = connectTimeout;
        return new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false };
    }
}
