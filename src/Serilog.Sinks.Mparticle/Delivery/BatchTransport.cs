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
    /// sent again later. Stops when <paramref name="cancellationToken"/> is cancelled. Throws nothing.
    /// </summary>
    public abstract Task<SendReport> SendAsync(IReadOnlyList<SealedBatch> batches, CancellationToken cancellationToken);

    /// <summary>
    /// Sends like <see cref="SendAsync(IReadOnlyList{SealedBatch}, CancellationToken)"/>, pacing each request by
    /// <paramref name="gate"/> (<see cref="SendGate.PaceAsync"/>) and telling it the rate-limit usage mParticle reports;
    /// <paramref name="gate"/> <c>null</c> sends unpaced. A transport that sees no such usage ignores the gate.
    /// </summary>
    public virtual Task<SendReport> SendAsync(IReadOnlyList<SealedBatch> batches, SendGate? gate, CancellationToken cancellationToken) =>
        SendAsync(batches, cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
