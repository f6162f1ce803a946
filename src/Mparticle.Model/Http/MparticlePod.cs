namespace Mparticle;

/// <summary>
/// The mParticle data-hosting location (pod) an account lives on. mParticle tells each customer which pod
/// to use; each has its own Events API host.
/// </summary>
public enum MparticlePod
{
    /// <summary>United States 1: <c>https://s2s.us1.mparticle.com/v2</c>. (The legacy host <c>https://s2s.mparticle.com/v2</c> is the same pod.)</summary>
    US1,

    /// <summary>United States 2: <c>https://s2s.us2.mparticle.com/v2</c>.</summary>
    US2,

    /// <summary>Europe 1: <c>https://s2s.eu1.mparticle.com/v2</c>.</summary>
    EU1,

    /// <summary>Australia 1: <c>https://s2s.au1.mparticle.com/v2</c>.</summary>
    AU1,
}
