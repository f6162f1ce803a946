using System;
using System.Globalization;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>The invariant text of a scalar value, as it appears in an attribute.</summary>
static class ScalarText
{
    /// <summary>
    /// Formats <paramref name="value"/> with the invariant culture. Dates are ISO 8601, Booleans are
    /// <c>true</c>/<c>false</c>. An exception from a custom <c>ToString()</c> propagates to the caller.
    /// </summary>
    public static string Of(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset o => o.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
