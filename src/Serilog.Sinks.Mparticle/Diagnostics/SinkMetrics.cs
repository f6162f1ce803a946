using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using Serilog.Sinks.Mparticle.Compat;

namespace Serilog.Sinks.Mparticle.Diagnostics;

/// <summary>
/// The sink's <c>System.Diagnostics.Metrics</c> instruments, on a meter named <see cref="MeterName"/> (one meter per
/// sink, disposed with it): watch them with <c>dotnet-counters monitor --counters Serilog.Sinks.Mparticle</c>,
/// OpenTelemetry's <c>AddMeter("Serilog.Sinks.Mparticle")</c> or a <see cref="MeterListener"/>.
/// </summary>
/// <remarks>
/// Adding to an instrument nobody listens to costs a field read, so the counters are always published. Tag values
/// are preallocated: publishing allocates nothing.
/// </remarks>
sealed class SinkMetrics : IDisposable
{
    /// <summary>The name of the sink's meter.</summary>
    public const string MeterName = "Serilog.Sinks.Mparticle";

    const string EventUnit = "{event}";

    readonly Counter<long>?[] _instruments;
    readonly KeyValuePair<string, object?>[] _tags;
    readonly Counter<long> _responses;
    readonly Dictionary<int, KeyValuePair<string, object?>> _statusTags = [];

    static readonly KeyValuePair<string, object?> TimeoutTag = new("error.type", "timeout");
    static readonly KeyValuePair<string, object?> NetworkTag = new("error.type", "network");

    public SinkMetrics(Func<long> queuedLogEvents, Func<long> pendingLogEvents, Func<int?>? rateLimitPercentUsed = null)
    {
        Meter = new Meter(MeterName, typeof(SinkMetrics).Assembly.GetName().Version?.ToString(3));
        var count = EnumCompat.GetNames<SinkCounter>().Length;
        _instruments = new Counter<long>?[count];
        _tags = new KeyValuePair<string, object?>[count];

        var received = Meter.CreateCounter<long>("mparticle.sink.events.received", EventUnit, "Log events handed to the sink by Serilog's batching (once each, not per retry).");
        var mapped = Meter.CreateCounter<long>("mparticle.sink.events.mapped", EventUnit, "Log events that became an mParticle event or a user update.");
        var delivered = Meter.CreateCounter<long>("mparticle.sink.events.delivered", EventUnit, "Log events whose mParticle event or user update the Events API accepted.");
        var ignored = Meter.CreateCounter<long>("mparticle.sink.events.ignored", EventUnit, "Log events that are not mParticle events (no marker, no matching rule).");
        var dropped = Meter.CreateCounter<long>("mparticle.sink.events.dropped", EventUnit, "Log events that will never reach mParticle, by reason.");
        var trimmed = Meter.CreateCounter<long>("mparticle.sink.values.trimmed", "{value}", "Names and values cut, and attributes left out, to fit mParticle's limits, by kind.");
        var replaced = Meter.CreateCounter<long>("mparticle.sink.values.replaced", "{value}", "Values sent differently than logged (NaN as text, unknown event types as 'other') or left out (unreadable), by kind.");
        var batchesSent = Meter.CreateCounter<long>("mparticle.sink.batches.sent", "{batch}", "mParticle batches in the bulk requests sent, resends included.");
        var batchesDelivered = Meter.CreateCounter<long>("mparticle.sink.batches.delivered", "{batch}", "mParticle batches accepted by the Events API.");
        var requests = Meter.CreateCounter<long>("mparticle.sink.requests.sent", "{request}", "HTTP requests sent to the Events API, every attempt included.");
        var retries = Meter.CreateCounter<long>("mparticle.sink.retries", "{request}", "HTTP requests that repeat one sent before (the client's retries, resends of undelivered batches).");
        var bytes = Meter.CreateCounter<long>("mparticle.sink.bytes.sent", "By", "Request body bytes sent, every attempt included.");
        var paced = Meter.CreateCounter<long>("mparticle.sink.requests.paced", "{request}", "Requests held back because X-mp-rate-limit-percentage-used said mParticle's rate limit was nearly used up.");
        _responses = Meter.CreateCounter<long>("mparticle.sink.responses", "{response}", "Answers to the HTTP requests, by status code (http.response.status_code), or failures without an answer (error.type: timeout, network).");
        Meter.CreateObservableGauge("mparticle.sink.queue.size", queuedLogEvents, EventUnit, "Log events waiting in the queue for the sink's background loop.");
        Meter.CreateObservableGauge("mparticle.sink.events.pending", pendingLogEvents, EventUnit, "Log events in batches waiting to be sent again after a failure.");
        Meter.CreateObservableGauge(
            "mparticle.sink.rate_limit.used",
            () => rateLimitPercentUsed?.Invoke() is { } percent ? [new Measurement<long>(percent)] : Array.Empty<Measurement<long>>(),
            "%",
            "The share of mParticle's rate limit used, from X-mp-rate-limit-percentage-used on the last accepted request (none before the first).");

        Map(SinkCounter.LogEventsReceived, received);
        Map(SinkCounter.LogEventsMapped, mapped);
        Map(SinkCounter.LogEventsDelivered, delivered);
        Map(SinkCounter.LogEventsIgnored, ignored);
        Map(SinkCounter.DroppedQueueFull, dropped, "reason", "queue_full");
        Map(SinkCounter.DroppedWithoutIdentity, dropped, "reason", "no_identity");
        Map(SinkCounter.DroppedMappingFailed, dropped, "reason", "mapping_failed");
        Map(SinkCounter.DroppedRejected, dropped, "reason", "rejected");
        Map(SinkCounter.DroppedTooLarge, dropped, "reason", "too_large");
        Map(SinkCounter.DroppedAfterRetries, dropped, "reason", "retry_time_limit");
        Map(SinkCounter.DroppedAtShutdown, dropped, "reason", "shutdown");
        Map(SinkCounter.NamesTrimmed, trimmed, "kind", "name");
        Map(SinkCounter.ValuesTrimmed, trimmed, "kind", "value");
        Map(SinkCounter.AttributesDropped, trimmed, "kind", "attribute");
        Map(SinkCounter.UserAttributesDropped, trimmed, "kind", "user_attribute");
        Map(SinkCounter.OddValuesReplaced, replaced, "kind", "non_finite_number");
        Map(SinkCounter.UnreadableValues, replaced, "kind", "unreadable");
        Map(SinkCounter.UnknownEventTypes, replaced, "kind", "unknown_event_type");
        Map(SinkCounter.BatchesSent, batchesSent);
        Map(SinkCounter.BatchesDelivered, batchesDelivered);
        Map(SinkCounter.RequestsSent, requests);
        Map(SinkCounter.Retries, retries);
        Map(SinkCounter.BytesSent, bytes);
        Map(SinkCounter.SendsPaced, paced);
    }

    /// <summary>The meter; tests listen to exactly this instance.</summary>
    public Meter Meter { get; }

    public void Add(SinkCounter counter, long by)
    {
        if (_instruments[(int)counter] is not { Enabled: true } instrument)
            return;

        var tag = _tags[(int)counter];
        if (tag.Key is null)
            instrument.Add(by);
        else
            instrument.Add(by, tag);
    }

    /// <summary>Counts an answer of the Events API by its status code.</summary>
    public void RecordResponse(int statusCode)
    {
        if (!_responses.Enabled)
            return;

        KeyValuePair<string, object?> tag;
        lock (_statusTags)
        {
            if (!_statusTags.TryGetValue(statusCode, out tag))
                _statusTags[statusCode] = tag = new KeyValuePair<string, object?>("http.response.status_code", statusCode);
        }

        _responses.Add(1, tag);
    }

    /// <summary>Counts a request that got no answer: <paramref name="timedOut"/>, or a network failure.</summary>
    public void RecordFailure(bool timedOut)
    {
        if (_responses.Enabled)
            _responses.Add(1, timedOut ? TimeoutTag : NetworkTag);
    }

    public void Dispose() => Meter.Dispose();

    void Map(SinkCounter counter, Counter<long> instrument, string? tagName = null, string? tagValue = null)
    {
        _instruments[(int)counter] = instrument;
        if (tagName is not null)
            _tags[(int)counter] = new KeyValuePair<string, object?>(tagName, tagValue);
    }
}
