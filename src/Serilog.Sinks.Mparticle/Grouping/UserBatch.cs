using Mparticle;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>One user's part of a periodic batch: the mParticle batch, and how many log events it came from.</summary>
sealed class UserBatch
{
    public UserBatch(Batch batch, int logEventCount)
    {
        Batch = batch;
        LogEventCount = logEventCount;
    }

    public Batch Batch { get; }

    /// <summary>The log events grouped into the batch, user updates without an event included.</summary>
    public int LogEventCount { get; }
}
