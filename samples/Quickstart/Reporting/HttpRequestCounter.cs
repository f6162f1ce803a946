using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Mparticle.Samples.Quickstart.Reporting;

/// <summary>
/// Counts the HTTP requests this process sends to one server, by response status, from .NET's built-in
/// <c>System.Net.Http</c> metrics (<c>http.client.request.duration</c>): the same numbers
/// <c>dotnet-counters monitor System.Net.Http</c> shows. Works whatever the server is, mParticle included.
/// </summary>
sealed class HttpRequestCounter : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentDictionary<string, int> _byStatus = new();
    readonly string _host;
    readonly int _port;

    HttpRequestCounter(Uri server)
    {
        _host = server.Host;
        _port = server.Port;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) => Record(tags));
        _listener.Start();
    }

    public static HttpRequestCounter Start(Uri server) => new(server);

    /// <summary>Requests by final status (<c>202</c>, <c>429</c>, ...; <c>error</c> when no response came).</summary>
    public IReadOnlyDictionary<string, int> ByStatus => new SortedDictionary<string, int>(_byStatus, StringComparer.Ordinal);

    public int Total => _byStatus.Values.Sum();

    void Record(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? host = null, status = null;
        int? port = null;
        foreach (var tag in tags)
        {
            switch (tag.Key)
            {
                case "server.address": host = tag.Value as string; break;
                case "server.port": port = Convert.ToInt32(tag.Value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "http.response.status_code": status = Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture); break;
            }
        }

        if (string.Equals(host, _host, StringComparison.OrdinalIgnoreCase) && (port is null || port == _port))
            _byStatus.AddOrUpdate(status ?? "error", 1, (_, count) => count + 1);
    }

    public void Dispose() => _listener.Dispose();
}
