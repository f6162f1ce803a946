using System;

namespace Mparticle;

/// <summary>Conversions between unix epoch milliseconds (mParticle's only time format) and <see cref="DateTimeOffset"/>.</summary>
internal static class UnixTime
{
    private static readonly long MinMs = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxMs = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>The time, or null when unset or outside <see cref="DateTimeOffset"/>'s range (never throws: it backs property getters).</summary>
    internal static DateTimeOffset? ToDateTimeOffset(long? unixMs) =>
        unixMs is { } ms && ms >= MinMs && ms <= MaxMs ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    internal static long? ToUnixMs(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();
}
