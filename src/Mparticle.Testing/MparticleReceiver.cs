using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Mparticle.Testing.Faults;
using Mparticle.Testing.Handling;
using Mparticle.Testing.Hosting;
using Mparticle.Testing.Recording;

namespace Mparticle.Testing;

/// <summary>
/// A local mParticle-compatible Events API receiver on 127.0.0.1 (Kestrel): <c>POST /v2/events</c>,
/// <c>/v2/bulkevents</c> and <c>/v2/bulkevents/historical</c> with Basic auth, validation, mParticle's limits,
/// de-duplication by <c>source_request_id</c>, records of what arrived, and faults on demand.
/// </summary>
/// <example>
/// <code>
/// await using var receiver = await MparticleReceiver.StartAsync(new() { ApiKey = "key", ApiSecret = "secret" });
/// // point the client at receiver.BaseUrl, send, then:
/// await receiver.WaitForEventsAsync(3, TimeSpan.FromSeconds(5));
/// </code>
/// </example>
public sealed class MparticleReceiver : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly RequestPipeline _pipeline;
    private readonly ReceiverRecords _records;
    private readonly JsonlWriter? _jsonl;
    private int _disposed;

    private MparticleReceiver(WebApplication app, int port, RequestPipeline pipeline, FaultPlan faults, ReceiverRecords records, JsonlWriter? jsonl)
    {
        _app = app;
        _pipeline = pipeline;
        _records = records;
        _jsonl = jsonl;
        Port = port;
        BaseUrl = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/v2";
        Faults = faults;
    }

    /// <summary>
    /// The Events API base URL, including <c>/v2</c> and without a trailing slash, e.g. <c>http://127.0.0.1:5123/v2</c>:
    /// a client configured with it posts to <c>{BaseUrl}/events</c> and <c>{BaseUrl}/bulkevents</c>, as with
    /// <c>https://s2s.mparticle.com/v2</c>.
    /// </summary>
    public string BaseUrl { get; }

    /// <summary>The TCP port the receiver listens on.</summary>
    public int Port { get; }

    /// <summary>The faults this receiver shows: scripted per test, random under a seed, and a rate limit.</summary>
    public FaultPlan Faults { get; }

    /// <summary>A snapshot of the first <see cref="MparticleReceiverOptions.MaxRetainedRequests"/> requests, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => _records.Requests;

    /// <summary>Exact counts since start (requests by status, batches, events by type and by user, duplicates), as a snapshot.</summary>
    public ReceiverStatistics Statistics => _records.Snapshot();

    /// <summary>
    /// A snapshot of the first <see cref="MparticleReceiverOptions.MaxRetainedBatches"/> accepted batches, in arrival order,
    /// as our model read them (not duplicates, not batches the historical endpoint skipped, not invalid ones). Batches
    /// from <c>/v2/bulkevents/historical</c> carry <c>source_info.is_historical = true</c>, as mParticle marks them.
    /// </summary>
    public IReadOnlyList<Batch> Batches => _records.Batches.Select(recorded => recorded.Batch).ToArray();

    internal IReadOnlyList<RecordedBatch> RecordedBatches => _records.Batches;

    /// <summary>The <c>source_request_id</c>s remembered for de-duplication now, for tests of the cap.</summary>
    internal int RememberedRequestIdCount => _records.Duplicates.Count;

    /// <summary>Starts a receiver.</summary>
    /// <param name="options">Settings; null for the defaults (any free port, any credentials, strict validation).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running receiver; dispose it to stop it.</returns>
    public static async Task<MparticleReceiver> StartAsync(MparticleReceiverOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MparticleReceiverOptions();
        options.Validate();
        var meter = new BatchRateMeter(options.TimeProvider, options.BatchesPerSecondLimit);
        var faults = new FaultPlan(meter);
        var records = new ReceiverRecords(options);
        var jsonl = options.JsonlPath is { } path ? new JsonlWriter(path) : null;
        var pipeline = new RequestPipeline(options, faults, meter, records, jsonl);
        try
        {
            var (app, port) = await ReceiverHost.StartAsync(options.Port, pipeline.HandleAsync, cancellationToken).ConfigureAwait(false);
            return new MparticleReceiver(app, port, pipeline, faults, records, jsonl);
        }
        catch
        {
            pipeline.Dispose();
            if (jsonl is not null)
            {
                await jsonl.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// The events of the retained batches of one user, in arrival order: the batches whose <c>user_identities</c> has
    /// <paramref name="identity"/> as the value of any identity (<c>customer_id</c>, <c>email</c>, ...), or whose
    /// <c>mpid</c> or <c>mp_deviceid</c> is <paramref name="identity"/>.
    /// </summary>
    /// <param name="identity">An identity value, e.g. a customer id or an email address.</param>
    /// <returns>The events; empty when none arrived.</returns>
    public IReadOnlyList<BaseEvent> EventsFor(string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return _records.Batches.Where(recorded => recorded.Has(identity)).SelectMany(recorded => recorded.Batch.Events).ToArray();
    }

    /// <summary>Waits until at least <paramref name="count"/> events have been accepted in total.</summary>
    /// <param name="count">The number of events, counted since start.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the events are in.</returns>
    /// <exception cref="TimeoutException">Fewer events arrived within <paramref name="timeout"/>; the message says how many.</exception>
    public Task WaitForEventsAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _records.EventWaiters.WaitAsync(count, () => _records.EventCount, "events", timeout, cancellationToken);

    /// <summary>Waits until at least <paramref name="count"/> requests have been answered (whatever the status), e.g. a retry.</summary>
    /// <param name="count">The number of requests, counted since start.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the requests are in.</returns>
    /// <exception cref="TimeoutException">Fewer requests arrived within <paramref name="timeout"/>; the message says how many.</exception>
    public Task WaitForRequestsAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _records.RequestWaiters.WaitAsync(count, () => _records.RequestCount, "requests", timeout, cancellationToken);

    /// <summary>Stops listening (slow responses are answered at once, open connections get up to 5 seconds) and flushes the JSONL file.</summary>
    /// <returns>A task that completes when the receiver has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _pipeline.Stop();
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _pipeline.Dispose();
        if (_jsonl is not null)
        {
            await _jsonl.DisposeAsync().ConfigureAwait(false);
        }
    }
}
