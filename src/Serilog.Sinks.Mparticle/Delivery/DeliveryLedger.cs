using System.Collections.Generic;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Remembers, per log event, what became of it across Serilog's retries of a periodic batch.
/// </summary>
/// <remarks>
/// <para>
/// When <c>EmitBatchAsync</c> throws, Serilog's <c>BatchingSink</c> keeps the same <see cref="LogEvent"/>
/// objects and retries them later, topped up with new ones. So the ledger keys on the log event objects themselves
/// (reference equality) and, on each call:
/// </para>
/// <list type="bullet">
/// <item>an event seen before whose sealed batch was delivered, rejected or expired is skipped;</item>
/// <item>an event seen before whose sealed batch is still pending brings that same batch back, unchanged;</item>
/// <item>an event never seen is new: it is mapped, grouped and sealed into new batches;</item>
/// <item>an event of the previous call that is missing from this one was dropped by Serilog: it is counted.</item>
/// </list>
/// <para>
/// Only the events of the latest call are kept, so memory is bounded by one periodic batch. During shutdown the
/// sink stops throwing (Serilog would drop the rest of its queue), and the batches still pending are
/// <see cref="Carry">carried</see> here instead, to be tried again and counted at the end.
/// </para>
/// </remarks>
sealed class DeliveryLedger
{
    Dictionary<LogEvent, Entry> _entries = new();
    List<SealedBatch> _carried = [];

    /// <summary>Classifies the log events of a call; see the remarks. Carried batches come back as pending.</summary>
    public Plan Begin(IReadOnlyCollection<LogEvent> logEvents)
    {
        var previous = _entries;
        var current = new Dictionary<LogEvent, Entry>(logEvents.Count);
        var pending = new List<SealedBatch>(_carried);
        var seen = new HashSet<SealedBatch>(_carried);
        var fresh = new List<LogEvent>(logEvents.Count);
        _carried = [];

        foreach (var logEvent in logEvents)
        {
            if (previous.Count > 0 && previous.TryGetValue(logEvent, out var entry))
            {
                previous.Remove(logEvent);
                current.Add(logEvent, entry);
                if (entry.Batch is { State: SealedBatchState.Pending } batch && seen.Add(batch))
                    pending.Add(batch);
            }
            else if (!current.ContainsKey(logEvent))
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

    /// <summary>Forgets the call's log events: it succeeded, so Serilog will not bring them back.</summary>
    public void Complete() => _entries = new Dictionary<LogEvent, Entry>();

    /// <summary>Keeps pending batches of a call that returned without throwing (during shutdown), to try again and count.</summary>
    public void Carry(IEnumerable<SealedBatch> batches)
    {
        foreach (var batch in batches)
        {
            if (batch.State == SealedBatchState.Pending)
                _carried.Add(batch);
        }
    }

    /// <summary>Every batch still pending: those of the last call, which Serilog may never bring back, and the carried ones.</summary>
    public List<SealedBatch> Outstanding()
    {
        var outstanding = new List<SealedBatch>(_carried);
        var seen = new HashSet<SealedBatch>(_carried);
        foreach (var entry in _entries.Values)
        {
            if (entry.Batch is { State: SealedBatchState.Pending } batch && seen.Add(batch))
                outstanding.Add(batch);
        }

        return outstanding;
    }

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
        public Plan(List<SealedBatch> pending, List<LogEvent> fresh, int abandonedLogEvents)
        {
            Pending = pending;
            Fresh = fresh;
            AbandonedLogEvents = abandonedLogEvents;
        }

        /// <summary>Batches sealed by an earlier call (or carried) and not yet delivered, rejected or expired.</summary>
        public List<SealedBatch> Pending { get; }

        /// <summary>Log events never seen before.</summary>
        public List<LogEvent> Fresh { get; }

        /// <summary>Log events of the previous call with undelivered batches that Serilog did not bring back.</summary>
        public int AbandonedLogEvents { get; }
    }
}
