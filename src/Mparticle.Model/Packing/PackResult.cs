using System;
using System.Collections.Generic;

namespace Mparticle;

/// <summary>What <see cref="BatchPacker.Pack"/> produced: compliant requests, and what could not fit anywhere.</summary>
/// <remarks>Disposing the result disposes every request in it (see <see cref="PackedRequest.Dispose"/>).</remarks>
public sealed class PackResult : IDisposable
{
    internal PackResult(IReadOnlyList<PackedRequest> requests, IReadOnlyList<PackingRejection> rejections, int splitBatches)
    {
        Requests = requests;
        Rejections = rejections;
        SplitBatches = splitBatches;
    }

    /// <summary>The bulk requests, in input order; each respects every limit. Send each with <see cref="EventsApi.BulkUploadEventsAsync(PackedRequest, System.Threading.CancellationToken)"/>.</summary>
    public IReadOnlyList<PackedRequest> Requests { get; }

    /// <summary>Events (or whole batches) too large to fit even alone; empty when everything was packed.</summary>
    public IReadOnlyList<PackingRejection> Rejections { get; }

    /// <summary>How many input batches were over the batch limit and were split into several batches of the same user.</summary>
    public int SplitBatches { get; }

    /// <summary>Disposes every request, giving their bodies back to the packer for reuse.</summary>
    public void Dispose()
    {
        foreach (var request in Requests)
        {
            request.Dispose();
        }
    }
}
