using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Sends sealed batches to mParticle. The seam between the sink and the HTTP client: tests replace it.
/// </summary>
abstract class BatchTransport : IDisposable
{
    /// <summary>
    /// Sends every <see cref="SealedBatchState.Pending"/> batch, setting each one's state to
    /// <see cref="SealedBatchState.Delivered"/> or <see cref="SealedBatchState.Rejected"/> as the API answers;
    /// a batch left pending failed transiently and must be sent again later. Throws nothing but cancellation.
    /// </summary>
    public abstract Task SendAsync(IReadOnlyList<SealedBatch> batches, CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
