using System.Collections.Generic;

namespace Mparticle;

/// <summary>
/// The two halves a batch was divided into after mParticle answered 413 to it, remembered on the batch. The whole
/// batch must not be sent again under its own id once a half may have arrived: should the 413 not recur, mParticle
/// would accept the whole batch and the half's events would arrive twice. So every later send of the batch sends
/// these very halves (with their ids, and their own halvings), and mParticle de-duplicates what already arrived.
/// </summary>
internal sealed class BatchHalving
{
    private readonly int _eventCount;
    private readonly BaseEvent? _first;
    private readonly BaseEvent? _last;

    public BatchHalving(Batch[] halves, IList<BaseEvent> events)
    {
        Halves = halves;
        _eventCount = events.Count;
        _first = events.Count > 0 ? events[0] : null;
        _last = events.Count > 0 ? events[events.Count - 1] : null;
    }

    public Batch[] Halves { get; }

    /// <summary>
    /// Whether the batch still holds the events the halves were made from (same count, same first and last event);
    /// a batch the caller has changed since is halved afresh.
    /// </summary>
    public bool Matches(IList<BaseEvent> events) =>
        events.Count == _eventCount
        && (_eventCount == 0 || (ReferenceEquals(events[0], _first) && ReferenceEquals(events[_eventCount - 1], _last)));
}
