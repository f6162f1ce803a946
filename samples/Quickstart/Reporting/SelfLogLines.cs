using System.Collections.Concurrent;
using Serilog.Debugging;

namespace Mparticle.Samples.Quickstart.Reporting;

/// <summary>
/// Collects what Serilog and the mParticle sink report through <see cref="SelfLog"/>: dropped events, rejected
/// batches, refused credentials. The sink never throws into a logging call, so this is where problems show.
/// </summary>
sealed class SelfLogLines : IDisposable
{
    readonly ConcurrentQueue<string> _lines = new();

    SelfLogLines() => SelfLog.Enable(line => _lines.Enqueue(line));

    public static SelfLogLines Start() => new();

    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>
    /// Lines that say events were lost: the sink's drop counts and rejections, and what it still held at shutdown.
    /// A batch "not delivered and retried" is not a loss yet, nor a name or value cut to mParticle's limits.
    /// </summary>
    public IReadOnlyList<string> LossLines =>
        [.. _lines.Where(line => line.Contains("dropped", StringComparison.OrdinalIgnoreCase)
            || line.Contains("not delivered before shutdown", StringComparison.OrdinalIgnoreCase))];

    public void Dispose() => SelfLog.Disable();
}
