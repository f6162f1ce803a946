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
/// (reference equality) and, on the call after a failure:
/// </para>
/// <list type="bullet">
/// <item>an event seen before whose sealed batch was delivered, rejected or expired is skipped;</item>
/// <item>an event seen before whose sealed batch is still pending brings that same batch back, unchanged;</item>
/// <item>an event never seen is new: it is mapped, grouped and sealed into new batches;</item>
/// <item>an event of the failed call that is missing from this one was dropped by Serilog: it is counted.</item>
/// </list>
/// <para>
/// A call that succeeds leaves nothing behind, so the usual call costs the ledger nothing per event: the sealed
/// batches are noted per user, and only a failing call (<see cref="Retain"/>) indexes its log events. Memory is
/// bounded by one periodic batch. During shutdown the sink stops throwing (Serilog would drop the rest of its
/// queue), and the batches still pending are <see cref="Carry">carried</see> here instead, to be tried again and
/// counted at the end.
/// </para>
/// </remarks>
sealed class DeliveryLedger
{
    Dictionary<LogEvent, SealedBatch?> _entries = new();
    IReadOnlyCollection<LogEvent> _fresh = [];
    int[] _batchOfFresh = [];
    IReadOnlyList<SealedBatch> _sealed = [];
    List<SealedBatch> _carried = [];
    IReadOnlyCollection<LogEvent> _call = [];

    /// <summary>Classifies the log events of a call; see the remarks. Carried batches come back as pending.</summary>
    public Plan Begin(IReadOnlyCollection<LogEvent> logEvents)
    {
        _call = logEvents;
        ClearSealed();
        var pending = new List<SealedBatch>(_carried);
        _carried = [];
        if (_entries.Count == 0)
            return new Plan(pending, logEvents, 0);

        // The previous call failed: Serilog brings its log events back, topped up with new ones.
        var seen = new HashSet<SealedBatch>(pending);
        var returned = new HashSet<LogEvent>();
        var fresh = new List<LogEvent>(logEvents.Count);
        foreach (var logEvent in logEvents)
        {
            if (_entries.TryGetValue(logEvent, out var batch))
            {
                if (returned.Add(logEvent) && batch is { State: SealedBatchState.Pending } && seen.Add(batch))
                    pending.Add(batch);
            }
            else
            {
                fresh.Add(logEvent);
            }
        }

        var abandoned = 0;
        foreach (var entry in _entries)
        {
            if (entry.Value is { State: SealedBatchState.Pending } && !returned.Contains(entry.Key))
                abandoned++;
        }

        return new Plan(pending, fresh, abandoned);
    }

    /// <summary>
    /// Notes the batches the call sealed: the fresh log event at position <c>i</c> (in the order of
    /// <paramref name="fresh"/>) travels in <c>batches[batchOfFresh[i]]</c>, or in none when that is negative.
    /// </summary>
    public void Seal(IReadOnlyCollection<LogEvent> fresh, int[] batchOfFresh, IReadOnlyList<SealedBatch> batches)
    {
        _fresh = fresh;
        _batchOfFresh = batchOfFresh;
        _sealed = batches;
    }

    /// <summary>The call succeeded: Serilog will not bring its log events back.</summary>
    public void Complete()
    {
        _entries.Clear();
        ClearSealed();
        _call = [];
    }

    /// <summary>The call failed and throws: Serilog brings its log events back, so each one's batch is remembered.</summary>
    public void Retain()
    {
        var previous = _entries;
        var entries = new Dictionary<LogEvent, SealedBatch?>(_call.Count);
        foreach (var logEvent in _call)
            entries[logEvent] = previous.TryGetValue(logEvent, out var batch) ? batch : null;

        var position = 0;
        foreach (var logEvent in _fresh)
        {
            var index = _batchOfFresh[position++];
            if (index >= 0)
                entries[logEvent] = _sealed[index];
        }

        _entries = entries;
        ClearSealed();
    }

    void ClearSealed()
    {
        _fresh = [];
        _sealed = [];
    }

    /// <summary>Keeps pending batches of a call that returned without throwing (during shutdown), to try again and count.</summary>
    public void Carry(IEnumerable<SealedBatch> batches)
    {
        foreach (var batch in batches)
        {
            if (batch.State == SealedBatchState.Pending)
                _carried.Add(batch);
        }
    }

    /// <summary>Every batch still pending: those of the last failed call, which Serilog may never bring back, and the carried ones.</summary>
    public List<SealedBatch> Outstanding()
    {
        var outstanding = new List<SealedBatch>(_carried);
        var seen = new HashSet<SealedBatch>(_carried);
        foreach (var batch in _entries.Values)
        {
            if (batch is { State: SealedBatchState.Pending } && seen.Add(batch))
                outstanding.Add(batch);
        }

        return outstanding;
    }

    /// <summary>The log events remembered from the last failed call, for tests.</summary>
    internal int Count => _entries.Count;

    /// <summary>What one call has to do.</summary>
    public sealed class Plan
    {
        public Plan(List<SealedBatch> pending, IReadOnlyCollection<LogEvent> fresh, int abandonedLogEvents)
        {
            Pending = pending;
            Fresh = fresh;
            AbandonedLogEvents = abandonedLogEvents;
        }

        /// <summary>Batches sealed by an earlier call (or carried) and not yet delivered, rejected or expired.</summary>
        public List<SealedBatch> Pending { get; }

        /// <summary>Log events never seen before.</summary>
        public IReadOnlyCollection<LogEvent> Fresh { get; }

        /// <summary>Log events of the failed call with undelivered batches that Serilog did not bring back.</summary>
        public int AbandonedLogEvents { get; }
    }
}
