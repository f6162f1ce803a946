using System;

namespace Mparticle;

/// <summary>Guard clauses for the public boundary (one implementation for every target framework).</summary>
internal static class Guard
{
    internal static void NotNull(object? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }
    }

    internal static void NotNullOrEmpty(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("The value cannot be empty.", parameterName);
        }
    }
}
