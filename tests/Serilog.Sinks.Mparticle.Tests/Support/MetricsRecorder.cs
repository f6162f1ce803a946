using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>Listens to exactly one sink's meter and sums each instrument's measurements per tag set.</summary>
sealed class MetricsRecorder : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentDictionary<string, long> _totals = new();
    readonly ConcurrentDictionary<string, long> _gauges = new();

    public MetricsRecorder(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = Key(instrument.Name, tags);
            if (instrument is ObservableGauge<long>)
                _gauges[key] = value;
            else
                _totals.AddOrUpdate(key, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    /// <summary>The instruments published by the meter, by name.</summary>
    public IReadOnlyList<string> Names => _totals.Keys.Concat(_gauges.Keys).Select(k => k.Split('{')[0]).Distinct().Order().ToList();

    /// <summary>The sum of a counter, e.g. <c>mparticle.sink.events.dropped{reason=rejected}</c>; 0 when never measured.</summary>
    public long this[string key] => _totals.TryGetValue(key, out var total) ? total : 0;

    /// <summary>The latest value of an observable gauge, read now.</summary>
    public long Gauge(string name)
    {
        _listener.RecordObservableInstruments();
        return _gauges.TryGetValue(name, out var value) ? value : -1;
    }

    public void Dispose() => _listener.Dispose();

    static string Key(string name, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
            return name;
        var parts = new List<string>(tags.Length);
        foreach (var tag in tags)
            parts.Add(tag.Key + "=" + tag.Value);
        return name + "{" + string.Join(",", parts) + "}";
    }
}
