using System;

namespace Mparticle.Compat;

/// <summary>A thread-safe source of jitter.</summary>
internal static class SharedRandom
{
    private static readonly object Gate = new();
    private static readonly Random Random = new();

    /// <summary>A number in [0, 1). Jitter only spreads retries out; it needs no cryptographic strength.</summary>
    public static double NextDouble()
    {
        lock (Gate)
        {
#pragma warning disable CA5394 // Jitter is not a security decision.
            return Random.NextDouble();
#pragma warning restore CA5394
        }
    }
}
