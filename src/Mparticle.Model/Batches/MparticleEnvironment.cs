namespace Mparticle;

/// <summary>The mParticle environment a batch belongs to; it separates test data from live data.</summary>
public enum MparticleEnvironment
{
    /// <summary>Live data (<c>production</c>).</summary>
    Production,

    /// <summary>Test data (<c>development</c>).</summary>
    Development,
}
