using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Mparticle.Samples.Quickstart.Reporting;

/// <summary>
/// Adds up the counters of the sink's own meter, <c>Serilog.Sinks.Mparticle</c> (the README's metrics table): log
/// events received, mapped, ignored and dropped by reason, values trimmed, batches and requests sent and delivered,
/// answers by status. The numbers <c>dotnet-counters monitor --counters Serilog.Sinks.Mparticle</c> shows, for
/// mParticle or any other server.
/// </summary>
/// <remarks>
/// Each of the sink's counters carries at most one tag (<c>reason</c>, <c>kind</c>, the status code or the error type),
/// so a count is kept per counter and tag value. The gauges (queue size, pending events) describe a moment, and after
/// <c>CloseAndFlush</c> there is no moment left to describe: they are not read.
/// </remarks>
sealed class SinkMeter : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentDictionary<(string Counter, string Tag), long> _counts = new();

    SinkMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Serilog.Sinks.Mparticle" && instrument is Counter<long>)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var tag = tags.Length > 0 ? Convert.ToString(tags[0].Value, CultureInfo.InvariantCulture) ?? "" : "";
            _counts.AddOrUpdate((instrument.Name, tag), value, (_, count) => count + value);
        });
        _listener.Start();
    }

    /// <summary>Starts listening: before the logger is created, so no count is missed.</summary>
    public static SinkMeter Start() => new();

    /// <summary>The total of a counter (<c>events.dropped</c> for <c>mparticle.sink.events.dropped</c>), every tag value.</summary>
    public long this[string counter] => ByTag(counter).Values.Sum();

    /// <summary>A counter's total per tag value (<c>202: 1</c>, <c>no_identity: 2</c>), ordered by tag value.</summary>
    public IReadOnlyDictionary<string, long> ByTag(string counter) => new SortedDictionary<string, long>(
        _counts.Where(pair => pair.Key.Counter == "mparticle.sink." + counter).ToDictionary(pair => pair.Key.Tag, pair => pair.Value),
        StringComparer.Ordinal);

    public void Dispose() => _listener.Dispose();
}
