using Serilog.Debugging;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>
/// Captures <see cref="SelfLog"/> output while alive. SelfLog is process-wide, so tests that use this
/// belong to the <see cref="SelfLogCollection"/>, which never runs in parallel with others.
/// </summary>
sealed class SelfLogCollector : IDisposable
{
    readonly List<string> _lines = [];

    public SelfLogCollector()
    {
        SelfLog.Enable(line =>
        {
            lock (_lines)
                _lines.Add(line);
        });
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
                return _lines.ToList();
        }
    }

    public string Text => string.Join(Environment.NewLine, Lines);

    public void Dispose() => SelfLog.Disable();
}
