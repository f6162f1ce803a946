using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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

    // Packers for the IEnumerable<Batch> uploads: each keeps its buffers and its pool of body arrays, so a steady
    // stream of uploads does not allocate a 256 KB array per call. At most one per core is kept.
    private readonly ConcurrentBag<BatchPacker> _packers = [];

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

    /// <summary>
    /// Uploads one user's batch to <c>/v2/events</c>. A missing <c>source_request_id</c> and missing event
    /// <c>source_message_id</c>s are filled in on <paramref name="batch"/> first, so retries (and a later call with the
    /// same object) carry the same ids and mParticle de-duplicates. The batch is serialized once; every retry sends the
    /// identical bytes.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="cancellationToken">Stops the upload, at once, including during a back-off.</param>
    /// <returns>The accepted upload.</returns>
    /// <exception cref="MparticleLimitException">The batch is over <see cref="PackingLimits.MaxBatchBytes"/> (128,000 bytes by default, KB of 1000 bytes); nothing was sent.</exception>
    /// <exception cref="MparticleApiException">mParticle refused the batch, or transient failures outlasted the retries.</exception>
    public Task<UploadResult> UploadEventsAsync(Batch batch, CancellationToken cancellationToken = default)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        return BatchPacker.HalvesOf(batch) is null ? _sender.SendAsync(SingleRequest(batch), cancellationToken) : SendHalvesAsync(batch, cancellationToken);
    }

    /// <summary>Sends, one after the other, the halves a 413 once made of the batch: it is never sent whole again.</summary>
    private async Task<UploadResult> SendHalvesAsync(Batch batch, CancellationToken cancellationToken)
    {
        var parts = new List<Batch>();
        BatchPacker.AddSendable(batch, parts);
        UploadResult? last = null;
        int attempts = 0, requests = 0;
        foreach (var part in parts)
        {
            last = await _sender.SendAsync(SingleRequest(part), cancellationToken).ConfigureAwait(false);
            attempts += last.Attempts;
            requests += last.Requests;
        }

        return new UploadResult(last!.StatusCode, last.RateLimitPercentageUsed, attempts, requests);
    }

    /// <summary>
    /// Uploads several users' batches to <c>/v2/bulkevents</c> in one request. Ids are filled in as for
    /// <see cref="UploadEventsAsync"/>. The call must respect mParticle's limits, checked on the UTF-8 body with
    /// 1000-byte KB: at most 100 batches, each at most 128,000 bytes, the body under 256,000 bytes. For any number or
    /// size of batches, pack them with <see cref="BatchPacker"/> and send each <see cref="PackedRequest"/>.
    /// </summary>
    /// <param name="batches">The batches, at least one.</param>
    /// <param name="cancellationToken">Stops the upload, at once, including during a back-off.</param>
    /// <returns>The accepted upload.</returns>
    /// <exception cref="MparticleLimitException">A limit is broken; the exception names the batch (index and <c>source_request_id</c>) and the limit. Nothing was sent.</exception>
    /// <exception cref="ArgumentException"><paramref name="batches"/> is empty or holds a null batch.</exception>
    /// <exception cref="MparticleApiException">mParticle refused the request, or transient failures outlasted the retries.</exception>
    public Task<UploadResult> BulkUploadEventsAsync(IEnumerable<Batch> batches, CancellationToken cancellationToken = default) =>
        SendBatches(batches, MparticleEndpoints.BulkEvents, cancellationToken);

    /// <summary>Uploads a request made by <see cref="BatchPacker"/> to <c>/v2/bulkevents</c>, sending its <see cref="PackedRequest.Body"/> unchanged.</summary>
    /// <param name="request">The packed request.</param>
    /// <param name="cancellationToken">Stops the upload, at once, including during a back-off.</param>
    /// <returns>The accepted upload.</returns>
    /// <exception cref="MparticleApiException">mParticle refused the request, or transient failures outlasted the retries.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="request"/> was disposed.</exception>
    public Task<UploadResult> BulkUploadEventsAsync(PackedRequest request, CancellationToken cancellationToken = default) =>
        SendPacked(request ?? throw new ArgumentNullException(nameof(request)), MparticleEndpoints.BulkEvents, cancellationToken);

    /// <summary>
    /// Uploads batches of data older than 30 days to <c>/v2/bulkevents/historical</c>, with the same limits and checks
    /// as <see cref="BulkUploadEventsAsync(IEnumerable{Batch}, CancellationToken)"/>. mParticle quietly skips a batch
    /// there that has no events, an event without <c>timestamp_unixtime_ms</c>, or an event less than 72 hours old.
    /// </summary>
    /// <param name="batches">The batches, at least one.</param>
    /// <param name="cancellationToken">Stops the upload, at once, including during a back-off.</param>
    /// <returns>The accepted upload.</returns>
    /// <exception cref="MparticleLimitException">A limit is broken; nothing was sent.</exception>
    /// <exception cref="ArgumentException"><paramref name="batches"/> is empty or holds a null batch.</exception>
    /// <exception cref="MparticleApiException">mParticle refused the request, or transient failures outlasted the retries.</exception>
    public Task<UploadResult> BulkUploadHistoricalEventsAsync(IEnumerable<Batch> batches, CancellationToken cancellationToken = default) =>
        SendBatches(batches, MparticleEndpoints.HistoricalBulkEvents, cancellationToken);

    /// <summary>Uploads a request made by <see cref="BatchPacker"/> to <c>/v2/bulkevents/historical</c>.</summary>
    /// <param name="request">The packed request.</param>
    /// <param name="cancellationToken">Stops the upload, at once, including during a back-off.</param>
    /// <returns>The accepted upload.</returns>
    /// <exception cref="MparticleApiException">mParticle refused the request, or transient failures outlasted the retries.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="request"/> was disposed.</exception>
    public Task<UploadResult> BulkUploadHistoricalEventsAsync(PackedRequest request, CancellationToken cancellationToken = default) =>
        SendPacked(request ?? throw new ArgumentNullException(nameof(request)), MparticleEndpoints.HistoricalBulkEvents, cancellationToken);

    /// <summary>The sender, for tests that observe waits.</summary>
    internal RequestSender Sender => _sender;

    /// <summary>Sends one serialized request with retries.</summary>
    internal Task<UploadResult> SendAsync(WireRequest request, CancellationToken cancellationToken) =>
        _sender.SendAsync(request, cancellationToken);

    private WireRequest SingleRequest(Batch batch)
    {
        RequestIds.AssignMissing(batch);
        var body = MparticleJson.SerializeToUtf8Bytes(batch);
        if (body.Length > _limits.MaxBatchBytes)
        {
            throw BatchPacker.BatchTooLarge(0, batch, body.Length, _limits.MaxBatchBytes);
        }

        // On a 413 the batch's events are halved into two batches of the same user.
        return new WireRequest(MparticleEndpoints.Events, body, () => BatchPacker.Halve(batch) is { } halves ? [SingleRequest(halves[0]), SingleRequest(halves[1])] : null);
    }

    /// <summary>Packs the batches as exactly one request (limit errors are thrown before anything is sent) and sends it.</summary>
    private Task<UploadResult> SendBatches(IEnumerable<Batch> batches, string path, CancellationToken cancellationToken)
    {
        var packer = _packers.TryTake(out var reused) ? reused : new BatchPacker(_limits);

        // A limit error leaves this packer to the collector: its scratch buffer may have grown for an outsized batch.
        var request = packer.PackExactlyOne(batches);
        if (_packers.Count < Environment.ProcessorCount)
        {
            _packers.Add(packer);
        }

        return SendAndDisposeAsync(request, path, cancellationToken);
    }

    private async Task<UploadResult> SendAndDisposeAsync(PackedRequest request, string path, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await SendPacked(request, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Holds the request's body for the whole upload, retries included, so that a caller disposing it early cannot
    /// hand its array to the packer mid-send.
    /// </summary>
    private Task<UploadResult> SendPacked(PackedRequest request, string path, CancellationToken cancellationToken)
    {
        if (!request.TryAcquire())
        {
            throw PackedRequest.Disposed();
        }

        return SendHeldAsync(request, path, cancellationToken);
    }

    private async Task<UploadResult> SendHeldAsync(PackedRequest request, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await _sender.SendAsync(BulkRequest(request, path), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            request.Release();
        }
    }

    private WireRequest BulkRequest(PackedRequest request, string path) => new(path, request.HeldBody, () => SplitBulk(request, path), request);

    /// <summary>A 413 divides a bulk request into halves of its batches, or a lone batch into halves of its events.</summary>
    private WireRequest[]? SplitBulk(PackedRequest request, string path)
    {
        if (request.SplitInHalves() is { } halves)
        {
            return [BulkRequest(halves[0], path), BulkRequest(halves[1], path)];
        }

        if (BatchPacker.Halve(request.Batches[0]) is { } parts)
        {
            var packer = new BatchPacker(_limits);
            return [BulkRequest(packer.PackExactlyOne([parts[0]]), path), BulkRequest(packer.PackExactlyOne([parts[1]]), path)];
        }

        return null;
    }

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
