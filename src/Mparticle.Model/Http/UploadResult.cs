using System.Net;

namespace Mparticle;

/// <summary>
/// A successful upload. mParticle answers 202 Accepted as soon as it has the data; it validates later, and on
/// <c>/bulkevents</c> it answers 202 even when some batches are invalid.
/// </summary>
public sealed class UploadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="statusCode">The success status (normally 202).</param>
    /// <param name="rateLimitPercentageUsed">The <c>X-mp-rate-limit-percentage-used</c> value, when present.</param>
    /// <param name="attempts">How many HTTP attempts the upload took, retries and split halves included.</param>
    /// <param name="requests">How many requests were accepted (more than 1 when a 413 made the client split the request).</param>
    public UploadResult(HttpStatusCode statusCode, int? rateLimitPercentageUsed, int attempts, int requests)
    {
        StatusCode = statusCode;
        RateLimitPercentageUsed = rateLimitPercentageUsed;
        Attempts = attempts;
        Requests = requests;
    }

    /// <summary>The success status of the last response: normally 202 Accepted.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>
    /// How much of the rate limit is used, in percent, from <c>X-mp-rate-limit-percentage-used</c> on the last
    /// response; <see langword="null"/> when absent. Slow down before it reaches 100 to avoid 429s.
    /// </summary>
    public int? RateLimitPercentageUsed { get; }

    /// <summary>How many HTTP attempts the upload took, retries and split halves included.</summary>
    public int Attempts { get; }

    /// <summary>How many requests were accepted: 1, or more when a 413 made the client split the request.</summary>
    public int Requests { get; }
}
