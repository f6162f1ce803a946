using Mparticle.Testing.Inspection;

namespace Mparticle.Testing.Recording;

/// <summary>An accepted batch: the model's reading with what the scan learned about its user.</summary>
internal sealed class RecordedBatch
{
    /// <param name="scan">A batch whose <see cref="ScannedBatch.Batch"/> the model has read.</param>
    public RecordedBatch(ScannedBatch scan)
    {
        Scan = scan;
        Batch = scan.Batch!;
    }

    public ScannedBatch Scan { get; }

    /// <summary>The batch as our model read it.</summary>
    public Batch Batch { get; }

    /// <summary>True when <paramref name="identity"/> equals one of the batch's identity values.</summary>
    public bool Has(string identity)
    {
        if (Scan.Identities is { } identities)
        {
            foreach (var pair in identities)
            {
                if (pair.Value == identity)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
