namespace Mparticle;

/// <summary>
/// Keeps a pooled request body from being reused while something still reads it. Every successful
/// <see cref="TryAcquire"/> is matched by one <see cref="Release"/>; the body goes back to its pool when the owner has
/// disposed it and the last reader has released it.
/// </summary>
internal interface IBodyLease
{
    /// <summary>Takes a hold on the body; <see langword="false"/> when it was already given back.</summary>
    bool TryAcquire();

    /// <summary>Gives back a hold taken by <see cref="TryAcquire"/>.</summary>
    void Release();
}
