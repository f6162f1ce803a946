using System.Collections.Generic;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Remembers, per log event, what became of it across Serilog's retries of a periodic batch.
/// </summary>
/// <remarks>
/// <para>
/// When <c>EmitBatchAsync</c> throws, Serilog's <c>BatchingSink</c> keeps the same <see cref="LogEvent"/>
/// objects and retries them later, topped up with new ones; after its retry time limit it drops them
/// silently. So the ledger keys on the log event objects themselves (reference equality) and, on each call:
/// </para>
/// <list type="bullet">
/// <item>an event seen before whose sealed batch was delivered or rejected is skipped;</item>
/// <item>an event seen before whose sealed batch is still pending brings that same batch back, unchanged;</item>
/// <item>an event never seen is new: it is mapped, grouped and sealed into new batches;</item>
/// <item>an event of the previous call that is missing from this one was dropped by Serilog: it is counted.</item>
/// </list>
/// <para>
/// Only the events of the latest call are kept, so memory is bounded by one periodic batch.
/// </para>
/// </remarks>
sealed class DeliveryLedger
{
    Dictionary<LogEvent, Entry> _entries = new();

    /// <summary>Classifies the log events of a call; see the remarks.</summary>
    public Plan Begin(IReadOnlyCollection<LogEvent> logEvents)
    {
        var previous = _entries;
        var current = new Dictionary<LogEvent, Entry>(logEvents.Count);
        var pending = new List<SealedBatch>();
        var seen = new HashSet<SealedBatch>();
        var fresh = new List<LogEvent>();

        foreach (var logEvent in logEvents)
        {
            if (current.ContainsKey(logEvent))
                continue;

            if (previous.TryGetValue(logEvent, out var entry))
            {
                previous.Remove(logEvent);
                current.Add(logEvent, entry);
                if (entry.Batch is { State: SealedBatchState.Pending } batch && seen.Add(batch))
                    pending.Add(batch);
            }
            else
            {
                current.Add(logEvent, new Entry());
                fresh.Add(logEvent);
            }
        }

        var abandoned = 0;
        foreach (var entry in previous.Values)
        {
            if (entry.Batch is { State: SealedBatchState.Pending })
                abandoned++;
        }

        _entries = current;
        return new Plan(pending, fresh, abandoned);
    }

    /// <summary>Records that the log event travels in <paramref name="batch"/> from now on.</summary>
    public void Seal(LogEvent logEvent, SealedBatch batch) => _entries[logEvent].Batch = batch;

    /// <summary>Forgets everything: the whole call succeeded, so Serilog will not bring these events back.</summary>
    public void Complete() => _entries = new Dictionary<LogEvent, Entry>();

    /// <summary>The events of the current call, for tests.</summary>
    internal int Count => _entries.Count;

    sealed class Entry
    {
        /// <summary>The batch the event was sealed into; <c>null</c> when it produced nothing to send.</summary>
        public SealedBatch? Batch { get; set; }
    }

    /// <summary>What one call has to do.</summary>
    public sealed class Plan
    {
        public Plan(IReadOnlyList<SealedBatch> pending, IReadOnlyList<LogEvent> fresh, int abandonedLogEvents)
        {
            Pending = pending;
            Fresh = fresh;
            AbandonedLogEvents = abandonedLogEvents;
        }

        /// <summary>Batches sealed by an earlier call and not yet delivered or rejected.</summary>
        public IReadOnlyList<SealedBatch> Pending { get; }

        /// <summary>Log events never seen before.</summary>
        public IReadOnlyList<LogEvent> Fresh { get; }

        /// <summary>Log events of the previous call with undelivered batches that Serilog did not bring back.</summary>
        public int AbandonedLogEvents { get; }
    }
}
