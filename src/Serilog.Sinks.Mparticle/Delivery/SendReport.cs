using System;
using System.Net;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>What one send came to beyond the states of the batches: whether it stopped early, and why.</summary>
sealed class SendReport
{
    public static readonly SendReport Completed = new(SendStop.None, null, null, null, null);

    public SendReport(SendStop stop, HttpStatusCode? statusCode, TimeSpan? retryAfter, string? rateLimitExceeded, string? message)
    {
        Stop = stop;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        RateLimitExceeded = rateLimitExceeded;
        Message = message;
    }

    public SendStop Stop { get; }

    /// <summary>The status of the answer that stopped the send, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>mParticle's <c>Retry-After</c>, when the answer that stopped the send had one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Which rate limit tripped (<c>X-mp-rate-limit-exceeded</c>), when the answer said.</summary>
    public string? RateLimitExceeded { get; }

    /// <summary>What the client said about the failure (never the secret).</summary>
    public string? Message { get; }
}
