using System;
using System.Collections.Generic;
using Serilog.Debugging;

namespace Serilog.Sinks.Mparticle.Diagnostics;

/// <summary>
/// Reports through <see cref="SelfLog"/> what the sink dropped or changed since the last report, at most once
/// per interval, in one line that says what to do about it. Never includes credentials or event data.
/// </summary>
sealed class CounterReporter
{
    /// <summary>The default minimum time between two reports: 1 minute.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    static readonly (SinkCounter Counter, string Text)[] Reported =
    [
        (SinkCounter.DroppedQueueFull, "log events discarded because the queue was full (mParticle is slow or unreachable, or the application logs faster than the sink sends: see the other messages, or raise QueueLimit)"),
        (SinkCounter.DroppedWithoutIdentity, "events dropped without any identity (set IdentityProperties, MpUserIdentities or FallbackIdentities)"),
        (SinkCounter.DroppedMappingFailed, "log events dropped because mapping failed"),
        (SinkCounter.DroppedRejected, "log events dropped because mParticle refused them"),
        (SinkCounter.DroppedTooLarge, "log events dropped because they are too large for any batch"),
        (SinkCounter.DroppedAfterRetries, "log events dropped after the retry time limit"),
        (SinkCounter.NamesTrimmed, "names cut to 256 characters"),
        (SinkCounter.ValuesTrimmed, "values cut to 4096 characters"),
        (SinkCounter.AttributesDropped, "attributes left out beyond 100 per event"),
        (SinkCounter.UserAttributesDropped, "user attributes left out beyond 100 per batch"),
        (SinkCounter.OddValuesReplaced, "NaN or infinite values sent as text"),
        (SinkCounter.UnreadableValues, "attributes left out because their value could not be read"),
        (SinkCounter.UnknownEventTypes, "unknown MpEventType values sent as type 'other'"),
    ];

    readonly SinkCounters _counters;
    readonly TimeProvider _timeProvider;
    readonly TimeSpan _interval;
    long[] _reported;
    long? _lastReportTimestamp;

    public CounterReporter(SinkCounters counters, TimeProvider timeProvider, TimeSpan interval)
    {
        _counters = counters;
        _timeProvider = timeProvider;
        _interval = interval;
        _reported = counters.Snapshot();
    }

    /// <summary>Writes a report when something changed and the interval has passed; <paramref name="force"/> skips the wait.</summary>
    public void ReportIfDue(bool force = false)
    {
        var now = _timeProvider.GetTimestamp();
        if (!force && _lastReportTimestamp is { } last && _timeProvider.GetElapsedTime(last, now) < _interval)
            return;

        var current = _counters.Snapshot();
        var parts = new List<string>();
        foreach (var (counter, text) in Reported)
        {
            var delta = current[(int)counter] - _reported[(int)counter];
            if (delta > 0)
                parts.Add($"{delta} {text}");
        }

        if (parts.Count == 0)
            return;

        _reported = current;
        _lastReportTimestamp = now;
        SelfLog.WriteLine("Serilog.Sinks.Mparticle: {0}.", string.Join("; ", parts));
    }
}
