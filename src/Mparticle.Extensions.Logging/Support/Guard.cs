using System;

namespace Mparticle.Extensions.Logging.Support;

/// <summary>Guard clauses for the public boundary (one implementation for every target framework).</summary>
static class Guard
{
    public static void NotNull(object? value, string parameterName)
    {
        if (value is null)
            throw new ArgumentNullException(parameterName);
    }

    public static void NotNullOrEmpty(string? value, string parameterName)
    {
        if (value is null)
            throw new ArgumentNullException(parameterName);
        if (value.Length == 0)
            throw new ArgumentException("The value cannot be empty.", parameterName);
    }
}
