using System.Collections.Concurrent;
using Serilog.Debugging;

namespace Mparticle.Samples.Quickstart.Reporting;

/// <summary>
/// Collects what Serilog and the mParticle sink report through <see cref="SelfLog"/>: why events were dropped,
/// rejected batches, refused credentials. The sink never throws into a logging call, so this is where the reasons
/// show; whether anything was lost is counted by the sink's meter (<see cref="SinkMeter"/>).
/// </summary>
sealed class SelfLogLines : IDisposable
{
    readonly ConcurrentQueue<string> _lines = new();

    SelfLogLines() => SelfLog.Enable(line => _lines.Enqueue(line));

    public static SelfLogLines Start() => new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Dispose() => SelfLog.Disable();
}
