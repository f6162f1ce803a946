using System;

namespace Serilog.Sinks.Mparticle.Compat;

/// <summary>Argument checks at the public boundary (netstandard2.0 has no <c>ThrowIfNull</c>).</summary>
static class Guard
{
    public static void NotNull(object? value, string name)
    {
        if (value is null)
            throw new ArgumentNullException(name);
    }
}
