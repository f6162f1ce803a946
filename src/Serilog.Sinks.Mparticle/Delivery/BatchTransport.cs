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
    /// <see cref="SealedBatchState.Delivered"/> or <see cref="SealedBatchState.Rejected"/> as the API answers; a batch
    /// left pending failed transiently, or was not tried because the send stopped early (see the report), and must be
    /// sent again later. Each request is paced by <paramref name="gate"/> (<see cref="SendGate.PaceAsync"/>), which is
    /// told the rate-limit usage mParticle reports; <paramref name="gate"/> <c>null</c> sends unpaced, and a transport
    /// that sees no such usage ignores it. Stops when <paramref name="cancellationToken"/> is cancelled. Throws nothing.
    /// </summary>
    public abstract Task<SendReport> SendAsync(IReadOnlyList<SealedBatch> batches, SendGate? gate, CancellationToken cancellationToken);

    /// <summary>Sends unpaced: <see cref="SendAsync(IReadOnlyList{SealedBatch}, SendGate, CancellationToken)"/> without a gate.</summary>
    public Task<SendReport> SendAsync(IReadOnlyList<SealedBatch> batches, CancellationToken cancellationToken) =>
        SendAsync(batches, null, cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
