using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Mparticle;
using Serilog.Sinks.Mparticle.Delivery;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>A transport that packs and serializes the batches as the real one does, then accepts them without sending.</summary>
sealed class PackingTransport : BatchTransport
{
    readonly BatchPacker _packer = new();

    public long Bytes { get; private set; }

    public int Requests { get; private set; }

    /// <summary>The batches of the last send.</summary>
    public List<Batch> LastBatches { get; } = [];

    /// <summary>Whether to pack at all; off, the transport only accepts, to isolate the sink's own work.</summary>
    public bool Pack { get; set; } = true;

    public override Task<SendReport> SendAsync(IReadOnlyList<SealedBatch> batches, SendGate? gate, CancellationToken cancellationToken)
    {
        if (!Pack)
        {
            foreach (var sealedBatch in batches)
                sealedBatch.State = SealedBatchState.Delivered;
            return Task.FromResult(SendReport.Completed);
        }

        var input = new List<Batch>(batches.Count);
        foreach (var sealedBatch in batches)
            input.Add(sealedBatch.Batch);

        using var packed = _packer.Pack(input); // disposed once "sent", as the real transport does
        LastBatches.Clear();
        LastBatches.AddRange(input);
        foreach (var request in packed.Requests)
        {
            Bytes += request.SizeBytes;
            Requests++;
        }

        foreach (var sealedBatch in batches)
            sealedBatch.State = SealedBatchState.Delivered;
        return Task.FromResult(SendReport.Completed);
    }
}
