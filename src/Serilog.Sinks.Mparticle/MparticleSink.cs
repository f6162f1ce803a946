using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Mparticle;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Grouping;
using Serilog.Sinks.Mparticle.Mapping;
using Serilog.Sinks.Mparticle.Queueing;

namespace Serilog.Sinks.Mparticle;

/// <summary>
/// The batched sink behind <c>WriteTo.Mparticle</c>: Serilog's <c>BatchingSink</c> queues log events on the
/// caller's thread; everything else happens here, in the background: map, group per user, seal, send.
/// </summary>
/// <remarks>
/// <para>
/// Retries: when some batches fail transiently this method throws, so that Serilog keeps the log events and
/// calls again later (with new events added). The <see cref="DeliveryLedger"/> then sends the undelivered
/// sealed batches again unchanged (same <c>source_request_id</c>, same <c>source_message_id</c>s), skips the
/// delivered ones, and seals only the new events into new batches. Serilog's own retry time limit is switched off
/// (it would drop silently); the sink expires a batch itself once <c>RetryTimeLimit</c> has passed since its first
/// failure, and counts it. While mParticle says to wait (<see cref="SendGate"/>), nothing is sent.
/// </para>
/// <para>
/// Shutdown: once it begins, the sink stops throwing (Serilog would drop the rest of its queue on the first
/// failure), keeps trying within <c>ShutdownTimeout</c>, and on disposal reports how many log events it could not
/// deliver. Nothing else is ever thrown: a log event that cannot be mapped, or a batch mParticle refuses for good,
/// is counted and reported through SelfLog.
/// </para>
/// </remarks>
sealed class MparticleSink : IBatchedLogEventSink, IDisposable, IAsyncDisposable
{
    /// <summary>
    /// The longest the loop waits for the gate inside one call: up to Serilog's own longest pause between retries,
    /// so a longer wait costs no extra delay; beyond it the call throws without sending, and Serilog calls back.
    /// </summary>
    static readonly TimeSpan MaxInlineGateWait = TimeSpan.FromMinutes(1);

    readonly LogEventMapper _mapper;
    readonly UserGrouper _grouper;
    readonly BatchTransport _transport;
    readonly DeliveryLedger _ledger = new();
    readonly IdGenerator _ids = new();
    int[] _batchOfFresh = [];
    readonly CounterReporter _reporter;
    readonly ThrottledSelfLog _selfLog;
    readonly TimeProvider _time;
    readonly TimeSpan _retryTimeLimit;
    readonly SendGate _gate;
    readonly bool _pace;
    readonly ShutdownSignal _shutdown;
    readonly SinkMetrics? _metrics;
    long _pendingLogEvents;
    bool _sentDuringShutdown;
    int _disposed;

    public MparticleSink(MparticleSinkOptions options, BatchTransport transport, SinkCounters counters, SinkSettings parts)
    {
        Counters = counters;
        _time = parts.TimeProvider;
        _mapper = new LogEventMapper(options, counters);
        _grouper = new UserGrouper(options.Environment, counters);
        _transport = transport;
        _reporter = new CounterReporter(counters, _time, parts.ReportInterval);
        _selfLog = new ThrottledSelfLog(_time, parts.ReportInterval);
        _retryTimeLimit = options.RetryTimeLimit;
        _shutdown = new ShutdownSignal(_time, options.ShutdownTimeout);
        _gate = new SendGate(_time, parts.InitialBackoff, parts.MaxBackoff, _shutdown);
        _pace = parts.PaceByRateLimit;
        Queue = new QueueAccount(options.QueueLimit);
        if (parts.PublishMetrics)
        {
            _metrics = new SinkMetrics(() => Queue.Count, () => Interlocked.Read(ref _pendingLogEvents), () => _gate.LastPercentUsed);
            counters.Metrics = _metrics;
        }
    }

    public SinkCounters Counters { get; }

    /// <summary>The log events between the logging call and this sink, bounded by <c>QueueLimit</c>.</summary>
    public QueueAccount Queue { get; }

    /// <summary>The sink's meter, when it publishes metrics.</summary>
    public System.Diagnostics.Metrics.Meter? Meter => _metrics?.Meter;

    /// <summary>The log events in batches waiting to be sent again.</summary>
    public long PendingLogEvents => Interlocked.Read(ref _pendingLogEvents);

    /// <summary>Serilog's batching options: its retry limit off, since the sink expires batches itself.</summary>
    /// <remarks>
    /// Serilog's queue gets the same limit as the sink's own count (<see cref="QueueAccount"/>), which admits a log
    /// event before Serilog sees it and counts Serilog's queue and more: Serilog's bound is never reached, so it never
    /// discards silently; it only selects Serilog's array-backed bounded queue, which allocates less per log event
    /// than the segmented unbounded one.
    /// </remarks>
    public static BatchingOptions BatchingOptionsFor(MparticleSinkOptions options) => new()
    {
        // Analytics need no "liveness": waiting for the period lets one user's events share a batch.
        EagerlyEmitFirstEvent = false,
        BatchSizeLimit = options.BatchSizeLimit,
        BufferingTimeLimit = options.Period,
        QueueLimit = options.QueueLimit,
        RetryTimeLimit = TimeSpan.MaxValue,
    };

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        List<SealedBatch> toSend;
        try
        {
            toSend = Prepare(batch);
        }
#pragma warning disable CA1031 // A bug here must not make Serilog retry the same events forever.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            SelfLog.WriteLine("Serilog.Sinks.Mparticle: failed to prepare {0} log events; they are dropped: {1}", batch.Count, ex);
            Counters.Increment(SinkCounter.DroppedMappingFailed, batch.Count);
            _ledger.Complete();
            return;
        }

        if (toSend.Count > 0)
            await SendAsync(toSend).ConfigureAwait(false);

        var pending = 0;
        var pendingLogEvents = 0;
        foreach (var sealedBatch in toSend)
        {
            if (sealedBatch.State == SealedBatchState.Pending)
            {
                pending++;
                pendingLogEvents += sealedBatch.RemainingLogEvents;
            }
        }

        Interlocked.Exchange(ref _pendingLogEvents, pendingLogEvents);
        _reporter.ReportIfDue();

        if (pending > 0)
        {
            if (_shutdown.HasBegun)
            {
                // Throwing now would make Serilog drop the rest of its queue unseen: keep the batches instead.
                _ledger.Carry(toSend);
                _ledger.Complete();
                return;
            }

            // Serilog keeps the log events and calls again; the ledger resends exactly these batches.
            _ledger.Retain();
            throw new MparticleDeliveryException(
                $"{pending} of {toSend.Count} mParticle batches ({pendingLogEvents} log events) were not delivered; they will be sent again unchanged.");
        }

        _ledger.Complete();
    }

    public Task OnEmptyBatchAsync()
    {
        _reporter.ReportIfDue();
        return Task.CompletedTask;
    }

    /// <summary>Starts the bounded shutdown: from now on the sink sends for at most <c>ShutdownTimeout</c> more.</summary>
    public void BeginShutdown() => _shutdown.Begin();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;

        // Serilog's batching has stopped calling. A batch that was waiting for its retry when shutdown began is
        // not given to the sink again when Serilog's queue is empty: it is sent here, within what is left of the time
        // (unless the shutdown's flush just tried it: the client's own retries then used that time already).
        BeginShutdown();
        var outstanding = _ledger.Outstanding();
        if (outstanding.Count > 0 && !_sentDuringShutdown)
        {
            try
            {
                await SendAsync(outstanding).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Disposal must finish and report.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                SelfLog.WriteLine("Serilog.Sinks.Mparticle: the last send at shutdown failed: {0}", ex);
            }
        }

        var inBatches = 0L;
        foreach (var sealedBatch in outstanding)
            inBatches += sealedBatch.UndeliveredLogEvents;
        var queued = Queue.Count;
        var undelivered = inBatches + queued;
        Counters.Increment(SinkCounter.DroppedAtShutdown, undelivered);
        Interlocked.Exchange(ref _pendingLogEvents, 0);
        if (undelivered > 0)
        {
            SelfLog.WriteLine("{0}", string.Format(
                CultureInfo.InvariantCulture,
                "Serilog.Sinks.Mparticle: {0} log events were not delivered at shutdown ({1} still queued, {2} in batches mParticle had not accepted) " +
                "within the shutdown timeout of {3} s. See the earlier messages for why mParticle did not accept them; if it was only slow, " +
                "raise ShutdownTimeout, and make sure the application calls Log.CloseAndFlush() (or disposes the logger) before it exits.",
                undelivered, queued, inBatches, _shutdown.Timeout.TotalSeconds));
        }

        _reporter.ReportIfDue(force: true);
        _transport.Dispose();
        _metrics?.Dispose();
        _shutdown.Dispose();
    }

    /// <summary>Maps and groups the new log events, seals their batches, and adds the pending ones of earlier calls.</summary>
    internal List<SealedBatch> Prepare(IReadOnlyCollection<LogEvent> batch)
    {
        var plan = _ledger.Begin(batch);
        Queue.Leave(plan.Fresh.Count);
        Counters.Increment(SinkCounter.DroppedAfterRetries, plan.AbandonedLogEvents);
        Counters.Increment(SinkCounter.LogEventsReceived, plan.Fresh.Count);

        var toSend = new List<SealedBatch>(plan.Pending.Count + 16);
        foreach (var pending in plan.Pending)
        {
            if (!Expire(pending))
                toSend.Add(pending);
        }

        // Mapped log events go to their user's batch at once, so the mapper reuses one mapping object.
        var fresh = plan.Fresh;
        if (_batchOfFresh.Length < fresh.Count)
            _batchOfFresh = new int[Math.Max(fresh.Count, _batchOfFresh.Length * 2)];
        var position = 0;
        _grouper.Begin();
        foreach (var logEvent in fresh)
        {
            var mapping = _mapper.Map(logEvent);
            _batchOfFresh[position++] = mapping is null ? -1 : _grouper.Add(mapping);
            _mapper.Return(mapping);
        }

        _mapper.FlushCounts();
        var userBatches = _grouper.Complete();
        var sealedBatches = new List<SealedBatch>(userBatches.Count);
        foreach (var userBatch in userBatches)
        {
            var sealedBatch = Seal(userBatch);
            sealedBatches.Add(sealedBatch);
            toSend.Add(sealedBatch);
        }

        _ledger.Seal(fresh, _batchOfFresh, sealedBatches);
        return toSend;
    }

    /// <summary>Sends what can be sent now, then accounts for every batch: delivered, rejected, too large, or failed.</summary>
    async Task SendAsync(List<SealedBatch> toSend)
    {
        _sentDuringShutdown |= _shutdown.HasBegun;
        var report = await WaitForGateAsync().ConfigureAwait(false)
            ? await _transport.SendAsync(toSend, _pace ? _gate : null, _shutdown.Expired).ConfigureAwait(false)
            : null;

        if (report is { Stop: SendStop.None })
            _gate.Reset();

        Account(toSend);
        if (report is not null)
            Report(report, toSend);
    }

    /// <summary>
    /// Waits while mParticle has asked to wait, if that ends soon enough; <c>false</c> when the gate stays closed
    /// beyond <see cref="MaxInlineGateWait"/> or the shutdown timeout, and nothing may be sent now.
    /// </summary>
    async Task<bool> WaitForGateAsync()
    {
        var wait = _gate.Remaining;
        if (wait == TimeSpan.Zero)
            return !_shutdown.Expired.IsCancellationRequested;
        if (wait > MaxInlineGateWait || wait >= _shutdown.Remaining)
            return false;

        await TimeProviderWaits.DelayAsync(_time, wait, _shutdown.Expired).ConfigureAwait(false);
        return !_shutdown.Expired.IsCancellationRequested;
    }

    void Account(List<SealedBatch> batches)
    {
        foreach (var sealedBatch in batches)
        {
            var (oversized, reason) = sealedBatch.TakeOversized();
            if (oversized > 0)
            {
                Counters.Increment(SinkCounter.DroppedTooLarge, oversized);
                _selfLog.Write("too-large", string.Format(CultureInfo.InvariantCulture,
                    "Serilog.Sinks.Mparticle: {0} events of batch {1} are too large to send, even alone, and are dropped: {2} " +
                    "Keep large payloads out of log event properties (values are cut to 4096 characters, but many or deeply nested ones add up).",
                    oversized, sealedBatch.SourceRequestId, reason));
            }

            var (refused, refusal) = sealedBatch.TakeRefused();
            switch (sealedBatch.State)
            {
                case SealedBatchState.Pending:
                    sealedBatch.FirstFailureTimestamp ??= _time.GetTimestamp();
                    Expire(sealedBatch);
                    break;
                case SealedBatchState.Delivered when !sealedBatch.DeliveryCounted:
                    Counters.Increment(SinkCounter.LogEventsDelivered, sealedBatch.RemainingLogEvents);
                    sealedBatch.DeliveryCounted = true;
                    break;
                case SealedBatchState.Rejected when sealedBatch.RejectionReason is { } rejection:
                    // Events refused one by one before the whole batch was found refused are reported with it.
                    var rejected = sealedBatch.RemainingLogEvents + refused;
                    refused = 0;
                    Counters.Increment(sealedBatch.RejectedAsTooLarge ? SinkCounter.DroppedTooLarge : SinkCounter.DroppedRejected, rejected);
                    SelfLog.WriteLine(
                        "Serilog.Sinks.Mparticle: mParticle rejected batch {0} ({1} log events); it is dropped, the other batches are delivered: {2}",
                        sealedBatch.SourceRequestId, rejected, rejection);
                    sealedBatch.RejectionReason = null; // reported once
                    break;
            }

            if (refused > 0)
            {
                Counters.Increment(SinkCounter.DroppedRejected, refused);
                _selfLog.Write("refused", string.Format(CultureInfo.InvariantCulture,
                    "Serilog.Sinks.Mparticle: mParticle refused {0} events of batch {1} even alone; they are dropped, and the batch's other events are delivered: {2}",
                    refused, sealedBatch.SourceRequestId, refusal));
            }
        }
    }

    /// <summary>Expires a pending batch whose first failure is <c>RetryTimeLimit</c> ago or more; returns whether it did.</summary>
    bool Expire(SealedBatch sealedBatch)
    {
        if (sealedBatch.State != SealedBatchState.Pending
            || sealedBatch.FirstFailureTimestamp is not { } firstFailure
            || _time.GetElapsedTime(firstFailure) < _retryTimeLimit)
        {
            return false;
        }

        Counters.Increment(SinkCounter.DroppedAfterRetries, sealedBatch.RemainingLogEvents);
        sealedBatch.State = SealedBatchState.Expired;
        _selfLog.Write("expired", string.Format(CultureInfo.InvariantCulture,
            "Serilog.Sinks.Mparticle: batch {0} ({1} log events) could not be delivered within the retry time limit of {2} and is dropped. " +
            "See the earlier messages for the cause; raise RetryTimeLimit to ride out longer outages.",
            sealedBatch.SourceRequestId, sealedBatch.RemainingLogEvents, _retryTimeLimit));
        return true;
    }

    /// <summary>Acts on why a send stopped early: closes the gate when mParticle said to wait, and says what happened and what to do.</summary>
    void Report(SendReport report, List<SealedBatch> batches)
    {
        var kept = 0;
        foreach (var sealedBatch in batches)
            kept += sealedBatch.UndeliveredLogEvents;

        switch (report.Stop)
        {
            case SendStop.Throttled:
                var wait = _gate.Close(report.RetryAfter);
                _selfLog.Write("throttled", string.Format(CultureInfo.InvariantCulture,
                    "Serilog.Sinks.Mparticle: mParticle asked the sink to slow down ({0}{1}{2}); nothing is sent for the next {3:0.###} s and {4} log events are kept. " +
                    "If this keeps happening, send fewer mParticle events or ask mParticle for a higher rate limit.",
                    report.StatusCode is { } status ? (int)status + " " + status : "no status",
                    report.RateLimitExceeded is { } limit ? ", rate limit exceeded: " + limit : "",
                    report.RetryAfter is { } retryAfter ? ", Retry-After " + retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s" : "",
                    wait.TotalSeconds, kept));
                break;
            case SendStop.Credentials:
                _selfLog.Write("credentials", string.Format(CultureInfo.InvariantCulture,
                    "Serilog.Sinks.Mparticle: mParticle refused the credentials ({0} {1}): check the API key and secret of the mParticle input " +
                    "(and the pod or server URL). {2} log events are kept and retried until the retry time limit of {3}, then dropped.",
                    (int)report.StatusCode!, report.StatusCode, kept, _retryTimeLimit));
                break;
            case SendStop.Unavailable:
                _selfLog.Write("unavailable", string.Format(CultureInfo.InvariantCulture,
                    "Serilog.Sinks.Mparticle: mParticle could not be reached; {0} log events are kept and retried until the retry time limit of {1}: {2}",
                    kept, _retryTimeLimit, report.Message));
                break;
            case SendStop.Unexpected:
                _selfLog.Write("unexpected", string.Format(CultureInfo.InvariantCulture,
                    "Serilog.Sinks.Mparticle: the Events API answered what it does not document; check ServerUrl or Pod. " +
                    "{0} log events are kept and retried until the retry time limit of {1}: {2}",
                    kept, _retryTimeLimit, report.Message));
                break;
        }
    }

    /// <summary>Fixes the batch's ids for good: from here on it is sent only as it is now.</summary>
    SealedBatch Seal(UserBatch userBatch)
    {
        var batch = userBatch.Batch;
        batch.SourceRequestId = _ids.Next();
        var events = (List<BaseEvent>)batch.Events;
        for (var i = 0; i < events.Count; i++)
            events[i].SourceMessageId ??= _ids.Next();
        return new SealedBatch(batch, userBatch.LogEventCount);
    }
}
