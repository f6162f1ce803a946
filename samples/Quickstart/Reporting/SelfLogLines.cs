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
    /// Lines that say events were lost: the sink's drop counts and rejections, and Serilog's failed batches
    /// (after <c>CloseAndFlush</c> nothing tries them again). Cut names or values are reported but not a loss.
    /// </summary>
    public IReadOnlyList<string> LossLines =>
        [.. _lines.Where(line => line.Contains("dropped", StringComparison.OrdinalIgnoreCase)
            || line.Contains("failed", StringComparison.OrdinalIgnoreCase)
            || line.Contains("not delivered", StringComparison.OrdinalIgnoreCase))];

    public void Dispose() => SelfLog.Disable();
}
