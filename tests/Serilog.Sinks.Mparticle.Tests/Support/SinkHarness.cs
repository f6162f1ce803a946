using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>The batched sink over a <see cref="FakeTransport"/>, driven by calling EmitBatchAsync directly.</summary>
sealed class SinkHarness : IDisposable
{
    public SinkHarness(Action<MparticleSinkOptions>? configure = null, TimeProvider? time = null, TimeSpan? reportInterval = null)
    {
        var options = new MparticleSinkOptions();
        configure?.Invoke(options);
        Sink = new MparticleSink(options, Transport, Counters, new SinkSettings
        {
            TimeProvider = time ?? TimeProvider.System,
            ReportInterval = reportInterval ?? TimeSpan.Zero,
            InitialBackoff = TimeSpan.FromSeconds(1),
            MaxBackoff = TimeSpan.FromSeconds(8),
        });
    }

    public FakeTransport Transport { get; } = new();

    public SinkCounters Counters { get; } = new();

    public MparticleSink Sink { get; }

    public Task EmitAsync(params LogEvent[] logEvents) => Sink.EmitBatchAsync(logEvents);

    public void Dispose() => Sink.Dispose();
}
