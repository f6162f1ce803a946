using System;
using System.Globalization;

namespace Mparticle;

/// <summary>Lenient readers of mParticle's response headers (values may be quoted or padded).</summary>
internal static class ResponseHeaderParser
{
    private static readonly string[] HttpDateFormats =
    [
        "r", // RFC 1123: Sun, 06 Nov 1994 08:49:37 GMT
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'", // RFC 850
        "ddd MMM d HH:mm:ss yyyy", // asctime
        "ddd, d MMM yyyy HH:mm:ss 'GMT'",
    ];

    /// <summary>
    /// Reads <c>Retry-After</c>: delay seconds (a non-negative number) or an HTTP date, relative to
    /// <paramref name="now"/>. A date in the past means "now" (zero). Anything unreadable is treated as absent.
    /// </summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        var text = Unquote(value);
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            // Absurd values are clamped; the retry budget decides whether to wait that long anyway.
            return seconds >= TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromDays(365) : TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(text, HttpDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            var delay = date - now;
            return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Reads <c>X-mp-rate-limit-exceeded</c> (<c>org</c>, <c>"org"</c>, <c>acceleration</c>, …) without its quotes; empty means absent.</summary>
    public static string? ParseRateLimitExceeded(string? value)
    {
        var text = Unquote(value);
        return text.Length == 0 ? null : text;
    }

    /// <summary>Reads <c>X-mp-rate-limit-percentage-used</c> (<c>92</c>, <c>"92"</c>, <c>92%</c>, <c>92.5</c>) as a whole percentage.</summary>
    public static int? ParsePercentage(string? value)
    {
        var text = Unquote(value).TrimEnd('%').Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var percentage) && percentage >= 0 && percentage < int.MaxValue
            ? (int)Math.Floor(percentage)
            : null;
    }

    private static string Unquote(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var text = value.Trim();
        while (text.Length >= 1 && (text[0] == '"' || text[0] == '\''))
        {
            text = text.Substring(1);
        }

        while (text.Length >= 1 && (text[text.Length - 1] == '"' || text[text.Length - 1] == '\''))
        {
            text = text.Substring(0, text.Length - 1);
        }

        return text.Trim();
    }
}
