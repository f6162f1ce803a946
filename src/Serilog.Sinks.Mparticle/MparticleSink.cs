using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Mparticle;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Grouping;
using Serilog.Sinks.Mparticle.Mapping;

namespace Serilog.Sinks.Mparticle;

/// <summary>
/// The batched sink behind <c>WriteTo.Mparticle</c>: Serilog's <c>BatchingSink</c> queues log events on the
/// caller's thread; everything else happens here, in the background: map, group per user, seal, send.
/// </summary>
/// <remarks>
/// Retries: when some batches fail transiently this method throws, so that Serilog keeps the log events and
/// calls again later (with new events added). The <see cref="DeliveryLedger"/> then sends the undelivered
/// sealed batches again unchanged (same <c>source_request_id</c>, same <c>source_message_id</c>s), skips the
/// delivered ones, and seals only the new events into new batches. Nothing else is ever thrown: a log event
/// that cannot be mapped, or a batch mParticle refuses for good, is counted and reported through SelfLog.
/// </remarks>
sealed class MparticleSink : IBatchedLogEventSink, IDisposable
{
    readonly LogEventMapper _mapper;
    readonly UserGrouper _grouper;
    readonly BatchTransport _transport;
    readonly DeliveryLedger _ledger = new();
    readonly CounterReporter _reporter;

    public MparticleSink(MparticleSinkOptions options, BatchTransport transport, SinkCounters counters, CounterReporter reporter)
    {
        Counters = counters;
        _mapper = new LogEventMapper(options, counters);
        _grouper = new UserGrouper(options.Environment, counters);
        _transport = transport;
        _reporter = reporter;
    }

    public SinkCounters Counters { get; }

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
            await _transport.SendAsync(toSend, CancellationToken.None).ConfigureAwait(false);

        var failed = 0;
        var failedEvents = 0;
        foreach (var sealedBatch in toSend)
        {
            var (oversized, reason) = sealedBatch.TakeOversized();
            if (oversized > 0)
            {
                Counters.Increment(SinkCounter.DroppedRejected, oversized);
                SelfLog.WriteLine("Serilog.Sinks.Mparticle: {0} events of batch {1} are too large to send and are dropped: {2}",
                    oversized, sealedBatch.SourceRequestId, reason);
            }

            switch (sealedBatch.State)
            {
                case SealedBatchState.Pending:
                    failed++;
                    failedEvents += sealedBatch.EventCount;
                    break;
                case SealedBatchState.Rejected when sealedBatch.RejectionReason is not null:
                    Counters.Increment(SinkCounter.DroppedRejected, sealedBatch.EventCount);
                    SelfLog.WriteLine(
                        "Serilog.Sinks.Mparticle: mParticle rejected batch {0} ({1} events); it is dropped: {2}",
                        sealedBatch.SourceRequestId, sealedBatch.EventCount, sealedBatch.RejectionReason);
                    sealedBatch.RejectionReason = null; // reported once
                    break;
            }
        }

        _reporter.ReportIfDue();

        if (failed > 0)
        {
            // Serilog keeps the log events and calls again; the ledger resends exactly these batches.
            throw new MparticleDeliveryException(
                $"{failed} of {toSend.Count} mParticle batches ({failedEvents} events) were not delivered; they will be sent again unchanged.");
        }

        _ledger.Complete();
    }

    public Task OnEmptyBatchAsync()
    {
        _reporter.ReportIfDue();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // Serilog's batching has stopped calling: whatever the ledger still holds undelivered is lost.
        Counters.Increment(SinkCounter.DroppedAtShutdown, _ledger.Begin([]).AbandonedLogEvents);
        _reporter.ReportIfDue(force: true);
        _transport.Dispose();
    }

    /// <summary>Maps and groups the new log events, seals their batches, and adds the pending ones of earlier calls.</summary>
    internal List<SealedBatch> Prepare(IReadOnlyCollection<LogEvent> batch)
    {
        var plan = _ledger.Begin(batch);
        Counters.Increment(SinkCounter.DroppedAfterRetries, plan.AbandonedLogEvents);
        Counters.Increment(SinkCounter.LogEventsReceived, plan.Fresh.Count);

        var mapped = new List<KeyValuePair<LogEvent, MparticleMapping>>(plan.Fresh.Count);
        foreach (var logEvent in plan.Fresh)
        {
            if (_mapper.Map(logEvent) is { } mapping)
                mapped.Add(new KeyValuePair<LogEvent, MparticleMapping>(logEvent, mapping));
        }

        var toSend = new List<SealedBatch>(plan.Pending);
        foreach (var userBatch in _grouper.Group(mapped))
        {
            var sealedBatch = Seal(userBatch.Batch);
            foreach (var logEvent in userBatch.LogEvents)
                _ledger.Seal(logEvent, sealedBatch);
            toSend.Add(sealedBatch);
        }

        return toSend;
    }

    /// <summary>Fixes the batch's ids for good: from here on it is sent only as it is now.</summary>
    static SealedBatch Seal(Batch batch)
    {
        batch.SourceRequestId = NewId();
        foreach (var mpEvent in batch.Events)
            mpEvent.SourceMessageId ??= NewId();
        return new SealedBatch(batch);
    }

    static string NewId() => Guid.NewGuid().ToString();
}
