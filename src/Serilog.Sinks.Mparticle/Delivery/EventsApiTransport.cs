using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Mparticle;
using Serilog.Debugging;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Sends sealed batches with the model package's <see cref="BatchPacker"/> (at most 100 batches and 256 KB
/// per request, batches over 128 KB split per user) and <see cref="EventsApi"/> (<c>/v2/bulkevents</c>,
/// transient failures retried within the request with back-off and <c>Retry-After</c>).
/// </summary>
/// <remarks>
/// The packer splits an oversized batch into parts whose ids derive from the batch's own
/// <c>source_request_id</c> and whose events follow the batch's order, so packing the same sealed batch again
/// gives the same parts with the same ids: a part that already arrived is de-duplicated by mParticle. A sealed
/// batch is delivered when all its parts are; an event too large to fit any batch is dropped once, counted
/// with its batch's rejections.
/// </remarks>
sealed class EventsApiTransport : BatchTransport
{
    readonly EventsApi _api;
    readonly PackingLimits _limits;

    public EventsApiTransport(EventsApi api, PackingLimits limits)
    {
        _api = api;
        _limits = limits;
    }

    public override async Task SendAsync(IReadOnlyList<SealedBatch> batches, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<Batch, SealedBatch>(batches.Count);
        var input = new List<Batch>(batches.Count);
        foreach (var sealedBatch in batches)
        {
            if (sealedBatch.State == SealedBatchState.Pending && !owners.ContainsKey(sealedBatch.Batch))
            {
                owners.Add(sealedBatch.Batch, sealedBatch);
                input.Add(sealedBatch.Batch);
            }
        }

        PackResult packed;
        try
        {
            packed = new BatchPacker(_limits).Pack(input);
        }
#pragma warning disable CA1031 // Packing a model the sink built should not fail; if it does, nothing is sent and all is retried.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            SelfLog.WriteLine("Serilog.Sinks.Mparticle: could not pack {0} batches: {1}", input.Count, ex);
            return;
        }

        Dictionary<BaseEvent, SealedBatch>? eventOwners = null;
        foreach (var rejection in packed.Rejections)
        {
            var owner = owners[rejection.Batch];
            owner.RecordOversized(rejection.Event, rejection.ToString());
        }

        var failed = new HashSet<SealedBatch>();
        foreach (var request in packed.Requests)
        {
            var requestOwners = new HashSet<SealedBatch>();
            foreach (var part in request.Batches)
            {
                if (!owners.TryGetValue(part, out var owner))
                {
                    eventOwners ??= IndexEvents(owners.Values);
                    owner = part.Events.Count > 0 ? eventOwners[part.Events[0]] : null;
                }

                if (owner is not null)
                    requestOwners.Add(owner);
            }

            try
            {
                await _api.BulkUploadEventsAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (MparticleApiException ex) when (ex.StatusCode == HttpStatusCode.BadRequest)
            {
                // mParticle refuses this content for good: sending it again cannot help.
                foreach (var owner in requestOwners)
                    owner.Reject(Describe(ex));
            }
            catch (MparticleApiException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                // A configuration error, not a data error: keep the batches so that fixed credentials deliver them.
                SelfLog.WriteLine(
                    "Serilog.Sinks.Mparticle: mParticle refused the credentials ({0} {1}): check the API key and secret of the " +
                    "mParticle input (and the pod or server URL). {2} batches are kept and retried until the retry time limit.",
                    (int)ex.StatusCode!, ex.StatusCode, requestOwners.Count);
                failed.UnionWith(requestOwners);
            }
            catch (MparticleApiException ex)
            {
                SelfLog.WriteLine("Serilog.Sinks.Mparticle: {0} batches were not delivered and will be retried: {1}", requestOwners.Count, ex.Message);
                failed.UnionWith(requestOwners);
            }
#pragma warning disable CA1031 // Anything else (a bug, a disposed client) is treated as transient: the batches are kept.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                SelfLog.WriteLine("Serilog.Sinks.Mparticle: {0} batches were not delivered and will be retried: {1}", requestOwners.Count, ex);
                failed.UnionWith(requestOwners);
            }
        }

        foreach (var sealedBatch in owners.Values)
        {
            if (sealedBatch.State == SealedBatchState.Pending && !failed.Contains(sealedBatch))
                sealedBatch.State = SealedBatchState.Delivered;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _api.Dispose();
        base.Dispose(disposing);
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
}
