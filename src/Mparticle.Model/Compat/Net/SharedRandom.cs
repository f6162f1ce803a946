using System;

namespace Mparticle.Compat;

/// <summary>A thread-safe source of jitter.</summary>
internal static class SharedRandom
{
    /// <summary>A number in [0, 1). Jitter only spreads retries out; it needs no cryptographic strength.</summary>
#pragma warning disable CA5394 // Jitter is not a security decision.
    public static double NextDouble() => Random.Shared.NextDouble();
#pragma warning restore CA5394
}
