using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Mparticle.Compat;

namespace Mparticle;

/// <summary>
/// The mParticle Events API client (<c>/v2/events</c>, <c>/v2/bulkevents</c>, <c>/v2/bulkevents/historical</c>).
/// Thread-safe; create one per credentials and reuse it.
/// </summary>
public sealed class EventsApi : IDisposable
{
    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly RequestSender _sender;
    private readonly PackingLimits _limits;

    /// <summary>Creates a client with its own pooled connection handler (see <see cref="Configuration.ConnectionLifetime"/>).</summary>
    /// <param name="configuration">Credentials and settings; copied, so later changes do not affect this client.</param>
    public EventsApi(Configuration configuration)
        : this(configuration, null, null, null)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="handler"/> (a proxy-configured handler, a test fake,
    /// a handler from <c>IHttpMessageHandlerFactory</c>). The caller owns the handler: <see cref="Dispose"/> does not dispose it.
    /// </summary>
    /// <param name="configuration">Credentials and settings; copied, so later changes do not affect this client.</param>
    /// <param name="handler">The handler to send through.</param>
    public EventsApi(Configuration configuration, HttpMessageHandler handler)
        : this(configuration, handler ?? throw new ArgumentNullException(nameof(handler)), null, null)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/> (for example one from
    /// <c>IHttpClientFactory</c>). The caller owns it: <see cref="Dispose"/> does not dispose it. Its
    /// <c>BaseAddress</c> and default headers are not used; its <c>Timeout</c> still applies on top of
    /// <see cref="Configuration.RequestTimeout"/>.
    /// </summary>
    /// <param name="configuration">Credentials and settings; copied, so later changes do not affect this client.</param>
    /// <param name="httpClient">The client to send through.</param>
    public EventsApi(Configuration configuration, HttpClient httpClient)
        : this(configuration, null, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), null)
    {
    }

    /// <summary>The full constructor; <paramref name="random"/> is a test seam for the jitter.</summary>
    internal EventsApi(Configuration configuration, HttpMessageHandler? handler, HttpClient? httpClient, Func<double>? random)
    {
        _ = configuration ?? throw new ArgumentNullException(nameof(configuration));
        var credentials = new Credentials(configuration.ApiKey, configuration.ApiSecret);
        var baseUri = MparticleEndpoints.ResolveBaseUri(configuration.BaseUrl, configuration.Pod);
        var requestTimeout = RequirePositive(configuration.RequestTimeout, nameof(Configuration.RequestTimeout));
        var connectionLifetime = RequirePositive(configuration.ConnectionLifetime, nameof(Configuration.ConnectionLifetime));
        var retry = (configuration.Retry ?? throw new ArgumentException("Configuration.Retry must not be null.", nameof(configuration))).Clone();
        retry.Validate();
        _limits = configuration.Limits ?? throw new ArgumentException("Configuration.Limits must not be null.", nameof(configuration));
        var time = configuration.TimeProvider ?? throw new ArgumentException("Configuration.TimeProvider must not be null.", nameof(configuration));
        var trace = configuration.Debug ? new DebugTrace(configuration.DebugWriter ?? Console.Error.WriteLine, credentials) : null;

        if (httpClient is not null)
        {
            _client = httpClient;
        }
        else
        {
            // Timeouts come from the TimeProvider-driven per-attempt timeout, not HttpClient.Timeout.
            _client = handler is null
                ? new HttpClient(HttpHandlerFactory.Create(baseUri, connectionLifetime, requestTimeout), disposeHandler: true)
                : new HttpClient(handler, disposeHandler: false);
            _client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            _ownsClient = true;
        }

        _sender = new RequestSender(_client, baseUri, credentials, requestTimeout, retry, time, trace, random);
    }

    /// <summary>The sender, for tests that observe waits.</summary>
    internal RequestSender Sender => _sender;

    /// <summary>Sends one serialized request with retries.</summary>
    internal Task<UploadResult> SendAsync(WireRequest request, CancellationToken cancellationToken) =>
        _sender.SendAsync(request, cancellationToken);

    /// <summary>Releases the connection pool this client created; a handler or <c>HttpClient</c> given by the caller is left alone.</summary>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    private static TimeSpan RequirePositive(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, "Configuration." + name + " must be a positive time span.");
}
