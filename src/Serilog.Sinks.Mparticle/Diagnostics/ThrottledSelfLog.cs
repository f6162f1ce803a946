using System;
using System.Collections.Generic;
using Serilog.Debugging;

namespace Serilog.Sinks.Mparticle.Diagnostics;

/// <summary>
/// Writes a kind of SelfLog message at most once per interval, so an outage that lasts an hour writes a line a
/// minute, not one per periodic batch; the messages skipped in between are counted into the next one.
/// </summary>
sealed class ThrottledSelfLog
{
    readonly TimeProvider _time;
    readonly TimeSpan _interval;
    readonly Dictionary<string, (long Timestamp, int Skipped)> _last = new(StringComparer.Ordinal);

    public ThrottledSelfLog(TimeProvider time, TimeSpan interval)
    {
        _time = time;
        _interval = interval;
    }

    /// <summary>Writes <paramref name="message"/> unless a message of <paramref name="kind"/> was written less than an interval ago.</summary>
    public void Write(string kind, string message)
    {
        var now = _time.GetTimestamp();
        var skipped = 0;
        if (_last.TryGetValue(kind, out var last))
        {
            if (_time.GetElapsedTime(last.Timestamp, now) < _interval)
            {
                _last[kind] = (last.Timestamp, last.Skipped + 1);
                return;
            }

            skipped = last.Skipped;
        }

        _last[kind] = (now, 0);
        SelfLog.WriteLine(skipped == 0 ? "{0}" : "{0} ({1} similar messages since the last one.)", message, skipped);
    }
}
