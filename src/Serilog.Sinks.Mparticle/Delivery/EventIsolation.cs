using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Mparticle;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Finds the events mParticle refuses within one user's batch (or the parts the packer split it into) after a request
/// holding only that user was refused as bad: the events are sent again in two halves, each a new batch of the same
/// user (<see cref="BatchParts"/>) with an id derived from its parent's (<see cref="BatchParts.DeriveId"/>), and a refused half
/// is halved again, until each refused event is alone. Only those are dropped; every other event is delivered, once.
/// </summary>
/// <remarks>
/// <para>
/// The halves depend only on the refused part and its events' order, so isolating it again (after the send stopped
/// half-way, for a 429 or an outage) gives the same halves the same ids: a half that arrived before is de-duplicated by
/// mParticle, and one whose events are all settled (<see cref="SealedBatch.IsSettled(BaseEvent)"/>) is not sent at all.
/// </para>
/// <para>
/// Finding one bad event among n takes about 2 log2 n requests. When the user's data itself is what mParticle refuses,
/// every half is refused, which would take two requests per event; so one isolation sends at most
/// <see cref="MaxRequests"/> requests, then drops the events it has not settled together.
/// </para>
/// </remarks>
sealed class EventIsolation
{
    /// <summary>
    /// The most requests one isolation sends: 64, enough to find three bad events among the thousand or so that fit in
    /// a 128 KB batch, and few enough against mParticle's default rate limit of 270 batches per second.
    /// </summary>
    public const int MaxRequests = 64;

    readonly SealedBatch _owner;
    readonly Func<Batch, Task<RequestOutcome>> _send;
    int _requestsLeft = MaxRequests;

    /// <param name="owner">The sealed batch whose parts were refused.</param>
    /// <param name="send">Sends one batch alone and says what became of it.</param>
    public EventIsolation(SealedBatch owner, Func<Batch, Task<RequestOutcome>> send)
    {
        _owner = owner;
        _send = send;
    }

    /// <summary>
    /// Isolates the refused events of <paramref name="parts"/> (the owner's batches in the refused request); returns
    /// <c>false</c> when the send stopped first, <c>true</c> when each of their events was delivered or refused (or the
    /// owner was rejected, when a part without events, its user data alone, was refused).
    /// </summary>
    public async Task<bool> IsolateAsync(IReadOnlyList<Batch> parts, string refusal)
    {
        var unsettled = new List<Batch>(parts.Count);
        foreach (var part in parts)
        {
            if (!_owner.IsSettled(part))
                unsettled.Add(part);
        }

        if (unsettled.Count == 1)
            return await IsolatePartAsync(unsettled[0], refusal).ConfigureAwait(false);

        // Several parts of the user were refused together: each alone first (with its own id), then within the refused ones.
        foreach (var part in unsettled)
        {
            _requestsLeft--;
            var outcome = await _send(part).ConfigureAwait(false);
            if (outcome.Kind == RequestOutcomeKind.Stopped)
                return false;
            if (outcome.Kind == RequestOutcomeKind.Accepted)
                _owner.Settle(part);
            else if (!await IsolatePartAsync(part, outcome.Refusal!).ConfigureAwait(false))
                return false;
        }

        return true;
    }

    async Task<bool> IsolatePartAsync(Batch part, string refusal)
    {
        if (part.Events.Count == 0)
        {
            // No events to blame: the user's data itself is refused, and nothing of the batch can arrive.
            _owner.Reject(refusal);
            return true;
        }

        var events = new List<BaseEvent>(part.Events);
        if (!await IsolateEventsAsync(new BatchParts(part), part.SourceRequestId!, events, refusal).ConfigureAwait(false))
            return false;

        _owner.Settle(part);
        return true;
    }

    async Task<bool> IsolateEventsAsync(BatchParts template, string id, List<BaseEvent> events, string refusal)
    {
        if (events.Count == 1)
        {
            _owner.Refuse(events[0], refusal);
            return true;
        }

        var half = events.Count / 2;
        for (var h = 0; h < 2; h++)
        {
            var halfEvents = h == 0 ? events.GetRange(0, half) : events.GetRange(half, events.Count - half);
            if (halfEvents.TrueForAll(_owner.IsSettled))
                continue;

            if (_requestsLeft <= 0)
            {
                foreach (var mpEvent in halfEvents)
                {
                    if (!_owner.IsSettled(mpEvent))
                        _owner.Refuse(mpEvent, refusal + " (not isolated further after " + MaxRequests + " requests: when every half is refused, the user's data, such as its identities or attributes, is the likely cause)");
                }

                continue;
            }

            var halfId = BatchParts.DeriveId(id, h == 0 ? "isolate/0" : "isolate/1");
            _requestsLeft--;
            var outcome = await _send(template.Create(halfId, halfEvents)).ConfigureAwait(false);
            if (outcome.Kind == RequestOutcomeKind.Stopped)
                return false;
            if (outcome.Kind == RequestOutcomeKind.Accepted)
                _owner.Settle(halfEvents);
            else if (!await IsolateEventsAsync(template, halfId, halfEvents, outcome.Refusal!).ConfigureAwait(false))
                return false;
        }

        return true;
    }
}
