using Serilog.Sinks.Mparticle.Delivery;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>
/// Records what the sink asks to send and answers as told: by default every batch is delivered; a
/// <see cref="Decide"/> function can leave batches pending (transient failure) or reject them, and
/// <see cref="Report"/> can say why the send stopped.
/// </summary>
sealed class FakeTransport : BatchTransport
{
    public List<IReadOnlyList<SealedBatch>> Calls { get; } = [];

    public Func<SealedBatch, int, SealedBatchState> Decide { get; set; } = (_, _) => SealedBatchState.Delivered;

    public Func<int, SendReport> Report { get; set; } = _ => SendReport.Completed;

    public string RejectionReason { get; set; } = "Required event field \"event_type\" is missing or empty.";

    public bool Disposed { get; private set; }

    public override Task<SendReport> SendAsync(IReadOnlyList<SealedBatch> batches, SendGate? gate, CancellationToken cancellationToken)
    {
        var call = Calls.Count;
        Calls.Add(batches.ToList());
        foreach (var batch in batches)
        {
            if (batch.State != SealedBatchState.Pending)
                continue;
            batch.Sent = true;
            batch.State = Decide(batch, call);
            if (batch.State == SealedBatchState.Rejected)
                batch.RejectionReason = RejectionReason;
        }

        return Task.FromResult(Report(call));
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
