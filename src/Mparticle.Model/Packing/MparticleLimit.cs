namespace Mparticle;

/// <summary>Which of mParticle's Events API limits a request would break.</summary>
public enum MparticleLimit
{
    /// <summary>More batches than <see cref="PackingLimits.MaxBatchesPerRequest"/> (100) in one bulk request.</summary>
    BatchesPerRequest,

    /// <summary>A batch larger than <see cref="PackingLimits.MaxBatchBytes"/> (128,000 bytes).</summary>
    BatchBytes,

    /// <summary>A request body not under 256,000 bytes (<see cref="PackingLimits.MaxRequestBytes"/>).</summary>
    RequestBytes,
}
