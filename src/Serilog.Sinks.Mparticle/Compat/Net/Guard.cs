using System;
using System.Runtime.CompilerServices;

namespace Serilog.Sinks.Mparticle.Compat;

/// <summary>Argument checks at the public boundary.</summary>
static class Guard
{
    public static void NotNull(object? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        ArgumentNullException.ThrowIfNull(value, name);
}
