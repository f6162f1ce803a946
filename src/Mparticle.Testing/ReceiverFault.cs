using System;
using System.Globalization;
using Mparticle.Testing.Faults;

namespace Mparticle.Testing;

/// <summary>
/// A misbehaviour the receiver can be told to show for chosen requests (see <see cref="FaultPlan"/>): a 429 with
/// or without <c>Retry-After</c>, a 5xx, a slow answer, or a dropped connection.
/// </summary>
public sealed class ReceiverFault
{
    /// <summary>The default <c>X-mp-rate-limit-exceeded</c> value of a 429: <c>org</c>, the scope of mParticle's default limit.</summary>
    public const string DefaultLimitExceeded = "org";

    private ReceiverFault(FaultKind kind, int statusCode)
    {
        Kind = kind;
        StatusCode = statusCode;
    }

    internal FaultKind Kind { get; }

    internal int StatusCode { get; }

    /// <summary>The <c>Retry-After</c> header value: whole seconds or an HTTP date; null for none.</summary>
    internal string? RetryAfter { get; private init; }

    internal string? LimitExceeded { get; private init; }

    internal TimeSpan Delay { get; private init; }

    /// <summary>Answer 429 without a <c>Retry-After</c> header.</summary>
    /// <param name="limitExceeded">The <c>X-mp-rate-limit-exceeded</c> value (<c>org</c>, <c>account</c>, <c>app</c>,
    /// <c>feed</c>, <c>workspace</c>, <c>acceleration</c>); null sends no such header. The default is <c>org</c>.</param>
    /// <returns>The fault.</returns>
    public static ReceiverFault TooManyRequests(string? limitExceeded = DefaultLimitExceeded) =>
        new(FaultKind.Status, 429) { LimitExceeded = limitExceeded };

    /// <summary>Answer 429 with <c>Retry-After</c> in whole seconds (rounded up).</summary>
    /// <param name="retryAfter">How long the client should wait; zero or more.</param>
    /// <param name="limitExceeded">The <c>X-mp-rate-limit-exceeded</c> value; null sends no such header. The default is <c>org</c>.</param>
    /// <returns>The fault.</returns>
    public static ReceiverFault TooManyRequests(TimeSpan retryAfter, string? limitExceeded = DefaultLimitExceeded)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        return new(FaultKind.Status, 429) { RetryAfter = RetryAfterSeconds(retryAfter), LimitExceeded = limitExceeded };
    }

    /// <summary>Answer 429 with <c>Retry-After</c> as an HTTP date (RFC 9110 IMF-fixdate).</summary>
    /// <param name="retryAfter">When the client may try again.</param>
    /// <param name="limitExceeded">The <c>X-mp-rate-limit-exceeded</c> value; null sends no such header. The default is <c>org</c>.</param>
    /// <returns>The fault.</returns>
    public static ReceiverFault TooManyRequests(DateTimeOffset retryAfter, string? limitExceeded = DefaultLimitExceeded) =>
        new(FaultKind.Status, 429) { RetryAfter = retryAfter.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture), LimitExceeded = limitExceeded };

    /// <summary>Answer with a status code instead of processing the request, typically 500, 502, 503 or 504.</summary>
    /// <param name="statusCode">An error status from 400 to 599 (use <see cref="TooManyRequests(string)"/> for 429).</param>
    /// <param name="retryAfter">An optional <c>Retry-After</c> in whole seconds (rounded up), as some 503s carry.</param>
    /// <returns>The fault.</returns>
    public static ReceiverFault Status(int statusCode, TimeSpan? retryAfter = null)
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "The status code must be an error status from 400 to 599.");
        }

        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), retryAfter, "Retry-After must be zero or more.");
        }

        return new(FaultKind.Status, statusCode) { RetryAfter = retryAfter is { } seconds ? RetryAfterSeconds(seconds) : null };
    }

    /// <summary>
    /// Process the request normally (it is recorded and de-duplicated as usual), then wait before answering: a client
    /// that times out and retries sees its retry acknowledged as a duplicate, as mParticle would.
    /// </summary>
    /// <param name="delay">How long to hold the answer; zero or more.</param>
    /// <returns>The fault.</returns>
    public static ReceiverFault SlowResponse(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(FaultKind.Delay, 0) { Delay = delay };
    }

    /// <summary>Read part of the request body, then abort the connection without answering; nothing is recorded.</summary>
    /// <returns>The fault.</returns>
    public static ReceiverFault DropConnection() => new(FaultKind.DropConnection, 0);

    /// <summary>Describes the fault, e.g. <c>429 Retry-After: 2</c>.</summary>
    /// <returns>A short description, as written in request records.</returns>
    public override string ToString() => Kind switch
    {
        FaultKind.Delay => "delay " + Delay.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms",
        FaultKind.DropConnection => "drop connection",
        _ => StatusCode.ToString(CultureInfo.InvariantCulture)
            + (RetryAfter is { } retryAfter ? " Retry-After: " + retryAfter : string.Empty)
            + (LimitExceeded is { } limit ? " X-mp-rate-limit-exceeded: " + limit : string.Empty),
    };

    private static string RetryAfterSeconds(TimeSpan retryAfter) =>
        ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
