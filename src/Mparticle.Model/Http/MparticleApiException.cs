using System;
using System.Collections.Generic;
using System.Net;

namespace Mparticle;

/// <summary>
/// An upload that failed: mParticle (or something in between) answered with an error status, or the request
/// never got an answer (network error, timeout). Transient failures are thrown only after the retries allowed by
/// <see cref="RetryOptions"/> are used up. The message names the method, URL, status and mParticle's errors,
/// never the API secret.
/// </summary>
public class MparticleApiException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public MparticleApiException()
        : this("The mParticle Events API request failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public MparticleApiException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause, such as an <see cref="System.Net.Http.HttpRequestException"/>.</param>
    public MparticleApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = Array.Empty<ApiError>();
    }

    /// <summary>Creates an exception with every detail of the failure.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="statusCode">The HTTP status, or <see langword="null"/> when no response arrived.</param>
    /// <param name="errors">The parsed error body entries (empty when there were none).</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, when given.</param>
    /// <param name="rateLimitExceeded">The <c>X-mp-rate-limit-exceeded</c> value without quotes, when given.</param>
    /// <param name="isTransient">Whether the same request may succeed later.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public MparticleApiException(
        string message,
        HttpStatusCode? statusCode,
        IReadOnlyList<ApiError>? errors,
        TimeSpan? retryAfter,
        string? rateLimitExceeded,
        bool isTransient,
        int attempts,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Errors = errors ?? Array.Empty<ApiError>();
        RetryAfter = retryAfter;
        RateLimitExceeded = rateLimitExceeded;
        IsTransient = isTransient;
        Attempts = attempts;
    }

    /// <summary>The HTTP status of the last response, or <see langword="null"/> when no response arrived (network error or timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The entries of mParticle's <c>{"errors":[…]}</c> body; empty when the body was empty or not that JSON.</summary>
    public IReadOnlyList<ApiError> Errors { get; }

    /// <summary>The server's <c>Retry-After</c> (from seconds or an HTTP date), when the last response had one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Which rate limit tripped, from <c>X-mp-rate-limit-exceeded</c> without quotes: <c>org</c>, <c>account</c>,
    /// <c>app</c>, <c>feed</c>, <c>workspace</c>, <c>acceleration</c> or <c>system</c>; <see langword="null"/> when absent.
    /// </summary>
    public string? RateLimitExceeded { get; }

    /// <summary>
    /// Whether the same request may succeed later (network error, timeout, 408, 429, 500, 502, 503, 504), so a
    /// caller with a longer horizon (a queue, a sink) can keep the data and send the same batches again.
    /// </summary>
    public bool IsTransient { get; }

    /// <summary>How many attempts were made before giving up (0 when nothing was sent).</summary>
    public int Attempts { get; }
}
