using System.Collections.Generic;
using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>One user's part of a periodic batch: the mParticle batch, and the log events it came from.</summary>
sealed class UserBatch
{
    public UserBatch(Batch batch, IReadOnlyList<LogEvent> logEvents)
    {
        Batch = batch;
        LogEvents = logEvents;
    }

    public Batch Batch { get; }

    public IReadOnlyList<LogEvent> LogEvents { get; }
}
