namespace Mparticle.Testing;

/// <summary>
/// mParticle's documented Events API limits (spec §5), with 1000-byte KB as the client uses: the same numbers as
/// <see cref="PackingLimits"/>' defaults, so the receiver enforces exactly what the client packs for.
/// </summary>
internal static class ReceiverLimits
{
    /// <summary>At most 100 batches per <c>/v2/bulkevents</c> request.</summary>
    public const int MaxBatchesPerRequest = PackingLimits.DefaultMaxBatchesPerRequest;

    /// <summary>A request must be smaller than 256 KB: 256,000 bytes or more is refused.</summary>
    public const int MaxRequestBytesExclusive = PackingLimits.DefaultMaxRequestBytes + 1;

    /// <summary>A batch may be at most 128 KB: 128,000 bytes.</summary>
    public const int MaxBatchBytes = PackingLimits.DefaultMaxBatchBytes;

    /// <summary>The historical endpoint skips batches with an event younger than this (72 hours), in milliseconds.</summary>
    public const long HistoricalMinimumAgeMs = 72L * 60 * 60 * 1000;
}
