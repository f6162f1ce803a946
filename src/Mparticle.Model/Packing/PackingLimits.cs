using System;

namespace Mparticle;

/// <summary>
/// mParticle's size and count limits for the Events API. Sizes are counted on the UTF-8 bytes of the JSON
/// body, in kilobytes of 1000 bytes: mParticle does not say whether a KB is 1000 or 1024 bytes, and 1000
/// is the cautious reading.
/// </summary>
public sealed class PackingLimits
{
    /// <summary>The default <see cref="MaxBatchesPerRequest"/>: 100.</summary>
    public const int DefaultMaxBatchesPerRequest = 100;

    /// <summary>The default <see cref="MaxBatchBytes"/>: 128,000 bytes (128 KB of 1000 bytes).</summary>
    public const int DefaultMaxBatchBytes = 128_000;

    /// <summary>The default <see cref="MaxRequestBytes"/>: 255,999 bytes (a request must be under 256 KB of 1000 bytes).</summary>
    public const int DefaultMaxRequestBytes = 255_999;

    /// <summary>Creates limits; each must be positive, and a batch must fit in a request with its brackets.</summary>
    /// <param name="maxBatchesPerRequest">The most batches in one bulk request.</param>
    /// <param name="maxBatchBytes">The largest serialized batch, in bytes.</param>
    /// <param name="maxRequestBytes">The largest request body, in bytes (inclusive).</param>
    public PackingLimits(int maxBatchesPerRequest = DefaultMaxBatchesPerRequest, int maxBatchBytes = DefaultMaxBatchBytes, int maxRequestBytes = DefaultMaxRequestBytes)
    {
        if (maxBatchesPerRequest < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBatchesPerRequest), maxBatchesPerRequest, "At least 1 batch per request.");
        }

        if (maxBatchBytes < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBatchBytes), maxBatchBytes, "A batch limit must be at least 2 bytes ('{}').");
        }

        if (maxRequestBytes < maxBatchBytes + 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRequestBytes), maxRequestBytes, "The request limit must hold one batch of the largest size plus the two array brackets.");
        }

        MaxBatchesPerRequest = maxBatchesPerRequest;
        MaxBatchBytes = maxBatchBytes;
        MaxRequestBytes = maxRequestBytes;
    }

    /// <summary>mParticle's documented default limits: 100 batches, 128,000-byte batches, requests under 256,000 bytes.</summary>
    public static PackingLimits Default { get; } = new();

    /// <summary>The most batches in one <c>/bulkevents</c> request. The default is 100.</summary>
    public int MaxBatchesPerRequest { get; }

    /// <summary>The largest serialized batch, in UTF-8 bytes (inclusive). The default is 128,000 bytes.</summary>
    public int MaxBatchBytes { get; }

    /// <summary>The largest request body, in UTF-8 bytes (inclusive). The default is 255,999 bytes: "under 256 KB".</summary>
    public int MaxRequestBytes { get; }
}
