using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;

namespace Mparticle;

/// <summary>What one attempt produced: a response (any status) or a failure to get one.</summary>
internal sealed class AttemptOutcome
{
    private AttemptOutcome(HttpStatusCode? status, string? reason, byte[] body, TimeSpan? retryAfter, string? rateLimitExceeded, int? percentageUsed, Exception? error, TimeSpan? timedOutAfter)
    {
        Status = status;
        Reason = reason;
        Body = body;
        RetryAfter = retryAfter;
        RateLimitExceeded = rateLimitExceeded;
        PercentageUsed = percentageUsed;
        Error = error;
        TimedOutAfter = timedOutAfter;
    }

    public HttpStatusCode? Status { get; }

    public string? Reason { get; }

    public byte[] Body { get; }

    public TimeSpan? RetryAfter { get; }

    public string? RateLimitExceeded { get; }

    public int? PercentageUsed { get; }

    public Exception? Error { get; }

    public TimeSpan? TimedOutAfter { get; }

    public bool IsSuccess => Status is { } status && (int)status >= 200 && (int)status <= 299;

    public bool IsTransient => Status is { } status ? TransientStatus.IsTransient(status) : true;

    public static AttemptOutcome FromResponse(HttpResponseMessage response, byte[] body, DateTimeOffset now) => new(
        response.StatusCode,
        response.ReasonPhrase,
        body,
        ResponseHeaderParser.ParseRetryAfter(FirstHeader(response, "Retry-After"), now),
        ResponseHeaderParser.ParseRateLimitExceeded(FirstHeader(response, "X-mp-rate-limit-exceeded")),
        ResponseHeaderParser.ParsePercentage(FirstHeader(response, "X-mp-rate-limit-percentage-used")),
        null,
        null);

    public static AttemptOutcome FromNetworkError(Exception error) => new(null, null, Array.Empty<byte>(), null, null, null, error, null);

    public static AttemptOutcome FromTimeout(TimeSpan timeout, Exception error) => new(null, null, Array.Empty<byte>(), null, null, null, error, timeout);

    /// <summary>The exception for this outcome; the message is passed through <paramref name="credentials"/> so it cannot carry the secret.</summary>
    public MparticleApiException ToException(Uri url, int attempts, string verdict, Credentials credentials)
    {
        var errors = ErrorBodyParser.Parse(Body);
        for (var i = 0; i < errors.Length; i++)
        {
            // A proxy may echo the request's credentials in its error body.
            errors[i] = new ApiError(errors[i].Code is { } code ? credentials.Redact(code) : null, errors[i].Message is { } text ? credentials.Redact(text) : null);
        }

        var message = new StringBuilder();
        if (Status is { } status)
        {
            message.Append("mParticle answered ").Append(((int)status).ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(Reason))
            {
                message.Append(' ').Append(Reason);
            }

            message.Append(" to POST ").Append(url);
            AppendErrors(message, errors);
            if (RateLimitExceeded is not null)
            {
                message.Append(" (rate limit exceeded: ").Append(RateLimitExceeded).Append(')');
            }

            if (RetryAfter is { } retryAfter)
            {
                message.Append(" (Retry-After ").Append(retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)).Append(" s)");
            }
        }
        else if (TimedOutAfter is { } timeout)
        {
            message.Append("POST ").Append(url).Append(" timed out after ").Append(timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)).Append(" s");
        }
        else
        {
            message.Append("POST ").Append(url).Append(" failed: ").Append(Error?.Message);
        }

        message.Append(". ").Append(verdict);
        return new MparticleApiException(credentials.Redact(message.ToString()), Status, errors, RetryAfter, RateLimitExceeded, IsTransient, attempts, Error);
    }

    private static void AppendErrors(StringBuilder message, ApiError[] errors)
    {
        for (var i = 0; i < errors.Length; i++)
        {
            message.Append(i == 0 ? ": " : "; ").Append(errors[i]);
        }
    }

    private static string? FirstHeader(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }
}
