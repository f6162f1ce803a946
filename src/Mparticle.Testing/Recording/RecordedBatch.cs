using Mparticle.Testing.Inspection;

namespace Mparticle.Testing.Recording;

/// <summary>An accepted batch with what the receiver knows about its sender and user.</summary>
internal sealed class RecordedBatch
{
    public RecordedBatch(ScannedBatch scan, string apiKey, Batch batch)
    {
        Scan = scan;
        ApiKey = apiKey;
        Batch = batch;
    }

    public ScannedBatch Scan { get; }

    public string ApiKey { get; }

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
