using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Sends sealed batches with the model package's <see cref="BatchPacker"/> (at most 100 batches and 256 KB per
/// request, batches over 128 KB split per user) and <see cref="EventsApi"/> (<c>/v2/bulkevents</c>, transient
/// failures retried within the request with back-off and <c>Retry-After</c>).
/// </summary>
/// <remarks>
/// <para>
/// The packer splits an oversized batch into parts whose ids derive from the batch's own <c>source_request_id</c>
/// and whose events follow the batch's order, so packing the same sealed batches again gives the same parts with
/// the same ids: a part that already arrived is de-duplicated by mParticle, and one the batch has noted as arrived
/// (<see cref="SealedBatch.IsSettled(Batch)"/>) is not sent again at all. A sealed batch is delivered when all the
/// requests carrying its parts were accepted.
/// </para>
/// <para>
/// A 400 (or a 413 the client could not split away) says that something in the request is bad, not what: the
/// request's batches are sent again in two halves, recursively, until a refused request holds one user's batch
/// alone; then that batch's events are halved the same way (<see cref="EventIsolation"/>) until each refused event is
/// alone. Only those are dropped, with mParticle's message; everything else is delivered. Any other failure stops
/// the send: the remaining requests would meet the same rate limit, credentials or outage, so they are kept for later.
/// </para>
/// </remarks>
sealed class EventsApiTransport : BatchTransport
{
    readonly EventsApi _api;
    readonly BatchPacker _packer;
    readonly SinkCounters _counters;
    readonly HttpMessageHandler? _handler;

    /// <param name="api">The client.</param>
    /// <param name="limits">The limits to pack for.</param>
    /// <param name="counters">Where batches, deliveries and retries are counted.</param>
    /// <param name="handler">The client's HTTP handler, disposed with the transport (the client does not own it).</param>
    public EventsApiTransport(EventsApi api, PackingLimits limits, SinkCounters counters, HttpMessageHandler? handler = null)
    {
        _api = api;
        _packer = new BatchPacker(limits);
        _counters = counters;
        _handler = handler;
    }

    public override async Task<SendReport> SendAsync(IReadOnlyList<SealedBatch> batches, SendGate? gate, CancellationToken cancellationToken)
    {
        var owners = new List<SealedBatch>(batches.Count);
        var seen = new HashSet<SealedBatch>();
        foreach (var sealedBatch in batches)
        {
            if (sealedBatch.State == SealedBatchState.Pending && seen.Add(sealedBatch))
                owners.Add(sealedBatch);
        }

        var send = new Send(gate, cancellationToken);
        if (owners.Count > 0)
            await SendOwnersAsync(owners, send).ConfigureAwait(false);
        return send.Report ?? SendReport.Completed;
    }

    /// <summary>Packs the owners' batches and sends the requests, bisecting any request mParticle refuses as bad.</summary>
    async Task SendOwnersAsync(List<SealedBatch> owners, Send send)
    {
        var byBatch = new Dictionary<Batch, SealedBatch>(owners.Count);
        var input = new List<Batch>(owners.Count);
        foreach (var owner in owners)
        {
            if (owner.State == SealedBatchState.Pending)
            {
                byBatch[owner.Batch] = owner;
                input.Add(owner.Batch);
            }
        }

        if (input.Count == 0)
            return;

        PackResult packed;
        try
        {
            packed = _packer.Pack(input);
        }
#pragma warning disable CA1031 // Packing a model the sink built should not fail; if it does, nothing is sent and all is kept.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            send.Stop(new SendReport(SendStop.Unexpected, null, null, null, "could not pack " + input.Count + " batches: " + ex));
            return;
        }

        try
        {
            foreach (var rejection in packed.Rejections)
            {
                var owner = byBatch[rejection.Batch];
                if (rejection.Event is { } tooLarge)
                    owner.RecordOversized(tooLarge, rejection.ToString());
                else
                    owner.Reject(rejection.ToString(), tooLarge: true);
            }

            var partOwners = new Dictionary<Batch, SealedBatch>(byBatch);
            var requestOwners = new List<SealedBatch>[packed.Requests.Count];
            var outstanding = new Dictionary<SealedBatch, int>(byBatch.Count);
            Dictionary<BaseEvent, SealedBatch>? eventOwners = null;
            for (var i = 0; i < requestOwners.Length; i++)
            {
                var list = new List<SealedBatch>();
                foreach (var part in packed.Requests[i].Batches)
                {
                    if (!partOwners.TryGetValue(part, out var owner))
                    {
                        // A part of a split batch: a new Batch object holding some of the owner's events.
                        eventOwners ??= IndexEvents(byBatch.Values);
                        owner = eventOwners[part.Events[0]];
                        partOwners[part] = owner;
                    }

                    if (!list.Contains(owner))
                    {
                        list.Add(owner);
                        outstanding[owner] = outstanding.TryGetValue(owner, out var count) ? count + 1 : 1;
                    }
                }

                requestOwners[i] = list;
            }

            for (var i = 0; i < requestOwners.Length && !send.Stopped; i++)
            {
                var request = packed.Requests[i];
                var ownersOfRequest = requestOwners[i];
                if (!AnyPending(ownersOfRequest))
                    continue;

                if (AllSettled(request, partOwners))
                {
                    // Every part of it arrived before (a bisection packs its owners again): nothing to send.
                    Arrived(ownersOfRequest, outstanding);
                    continue;
                }

                _counters.Increment(SinkCounter.BatchesSent, request.Batches.Count);
                if (AllSent(ownersOfRequest))
                    _counters.Increment(SinkCounter.Retries);
                foreach (var owner in ownersOfRequest)
                    owner.Sent = true;

                var outcome = await SendRequestAsync(request, send).ConfigureAwait(false);
                if (outcome.Kind == RequestOutcomeKind.Accepted)
                {
                    foreach (var part in request.Batches)
                        partOwners[part].Settle(part);
                    Arrived(ownersOfRequest, outstanding);
                }
                else if (outcome.Kind == RequestOutcomeKind.Refused)
                {
                    await HandleRefusalAsync(request, ownersOfRequest, partOwners, outcome.Refusal!, outstanding, send).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // Every send of these requests has finished: their body arrays go back to the packer for the next pack.
            packed.Dispose();
        }
    }

    /// <summary>
    /// Narrows down a refused request: with several users' batches pending in it, each half of those users is packed
    /// and sent again; with one, its events are isolated.
    /// </summary>
    async Task HandleRefusalAsync(
        PackedRequest request,
        List<SealedBatch> owners,
        Dictionary<Batch, SealedBatch> partOwners,
        string refusal,
        Dictionary<SealedBatch, int> outstanding,
        Send send)
    {
        var pending = new List<SealedBatch>(owners.Count);
        foreach (var owner in owners)
        {
            if (owner.State == SealedBatchState.Pending)
                pending.Add(owner);
        }

        if (pending.Count == 1)
        {
            var owner = pending[0];
            var parts = new List<Batch>();
            foreach (var part in request.Batches)
            {
                if (partOwners[part] == owner)
                    parts.Add(part);
            }

            var isolation = new EventIsolation(owner, part => SendPartAsync(part, owner, send));
            if (await isolation.IsolateAsync(parts, refusal).ConfigureAwait(false))
                Arrived([owner], outstanding);
            return;
        }

        var half = pending.Count / 2;
        await SendOwnersAsync(pending.GetRange(0, half), send).ConfigureAwait(false);
        await SendOwnersAsync(pending.GetRange(half, pending.Count - half), send).ConfigureAwait(false);
    }

    /// <summary>Sends one batch of <paramref name="owner"/>'s user alone (a part or a half made while isolating refused events).</summary>
    async Task<RequestOutcome> SendPartAsync(Batch part, SealedBatch owner, Send send)
    {
        if (send.Stopped)
            return RequestOutcome.Stopped;

        // A half is never larger than the batch it came from, so it packs into one request.
        using var packed = _packer.Pack([part]);
        foreach (var rejection in packed.Rejections)
        {
            if (rejection.Event is { } tooLarge)
                owner.RecordOversized(tooLarge, rejection.ToString());
        }

        var outcome = RequestOutcome.Accepted;
        foreach (var request in packed.Requests)
        {
            _counters.Increment(SinkCounter.BatchesSent, request.Batches.Count);
            _counters.Increment(SinkCounter.Retries); // its events were sent before, in the refused request
            outcome = await SendRequestAsync(request, send).ConfigureAwait(false);
            if (outcome.Kind != RequestOutcomeKind.Accepted)
                break;
        }

        return outcome;
    }

    /// <summary>Sends one request; any failure but a refusal as bad stops the send, with the report of why.</summary>
    async Task<RequestOutcome> SendRequestAsync(PackedRequest request, Send send)
    {
        try
        {
            if (send.Gate is { } gate && await gate.PaceAsync(send.CancellationToken).ConfigureAwait(false))
                _counters.Increment(SinkCounter.SendsPaced);

            var result = await _api.BulkUploadEventsAsync(request, send.CancellationToken).ConfigureAwait(false);
            _counters.Increment(SinkCounter.Retries, Math.Max(0, result.Attempts - result.Requests));
            send.Gate?.Pace(result.RateLimitPercentageUsed);
            return RequestOutcome.Accepted;
        }
        catch (MparticleApiException ex)
        {
            _counters.Increment(SinkCounter.Retries, Math.Max(0, ex.Attempts - 1));
            if (ex.StatusCode is HttpStatusCode.BadRequest or (HttpStatusCode)413)
                return RequestOutcome.Refused(Describe(ex));

            var stop = ex.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => SendStop.Credentials,
                (HttpStatusCode)429 => SendStop.Throttled,
                _ when ex.RetryAfter is not null => SendStop.Throttled,
                _ when ex.IsTransient => SendStop.Unavailable,
                _ => SendStop.Unexpected,
            };
            send.Stop(new SendReport(stop, ex.StatusCode, ex.RetryAfter, ex.RateLimitExceeded, ex.Message));
        }
        catch (OperationCanceledException) when (send.CancellationToken.IsCancellationRequested)
        {
            send.Stop(new SendReport(SendStop.ShutdownExpired, null, null, null, "the shutdown timeout has passed"));
        }
#pragma warning disable CA1031 // Anything else (a bug, a disposed client) stops the send; the batches are kept.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            send.Stop(new SendReport(SendStop.Unexpected, null, null, null, ex.ToString()));
        }

        return RequestOutcome.Stopped;
    }

    /// <summary>
    /// One request carrying parts of these owners arrived (or its parts had before, or its refused events were
    /// isolated); an owner all of whose requests did is delivered, unless mParticle refused every one of its events.
    /// </summary>
    void Arrived(List<SealedBatch> owners, Dictionary<SealedBatch, int> outstanding)
    {
        foreach (var owner in owners)
        {
            if (--outstanding[owner] > 0 || owner.State != SealedBatchState.Pending)
                continue;

            if (owner.EveryEventRefused)
            {
                // Nothing of it arrived: most likely its user data is what mParticle refuses.
                owner.Reject(owner.LastRefusal!);
                continue;
            }

            owner.State = SealedBatchState.Delivered;
            _counters.Increment(SinkCounter.BatchesDelivered);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _api.Dispose();
            _handler?.Dispose();
        }

        base.Dispose(disposing);
    }

    static bool AnyPending(List<SealedBatch> owners)
    {
        foreach (var owner in owners)
        {
            if (owner.State == SealedBatchState.Pending)
                return true;
        }

        return false;
    }

    static bool AllSent(List<SealedBatch> owners)
    {
        foreach (var owner in owners)
        {
            if (!owner.Sent)
                return false;
        }

        return true;
    }

    /// <summary>Whether every part in the request belongs to an owner no longer pending, or arrived before.</summary>
    static bool AllSettled(PackedRequest request, Dictionary<Batch, SealedBatch> partOwners)
    {
        foreach (var part in request.Batches)
        {
            var owner = partOwners[part];
            if (owner.State == SealedBatchState.Pending && !owner.IsSettled(part))
                return false;
        }

        return true;
    }

    static Dictionary<BaseEvent, SealedBatch> IndexEvents(IEnumerable<SealedBatch> batches)
    {
        var index = new Dictionary<BaseEvent, SealedBatch>();
        foreach (var sealedBatch in batches)
        {
            foreach (var mpEvent in sealedBatch.Batch.Events)
                index[mpEvent] = sealedBatch;
        }

        return index;
    }

    static string Describe(MparticleApiException exception) =>
        exception.Errors.Count > 0 ? string.Join("; ", exception.Errors) : exception.Message;

    /// <summary>One send: its cancellation, its pacing, and the first reason it stopped.</summary>
    sealed class Send
    {
        public Send(SendGate? gate, CancellationToken cancellationToken)
        {
            CancellationToken = cancellationToken;
            Gate = gate;
        }

        public CancellationToken CancellationToken { get; }

        /// <summary>Paces the requests by the rate-limit usage mParticle reports; <c>null</c> sends unpaced.</summary>
        public SendGate? Gate { get; }

        public SendReport? Report { get; private set; }

        public bool Stopped => Report is not null;

        public void Stop(SendReport report) => Report ??= report;
    }
}
