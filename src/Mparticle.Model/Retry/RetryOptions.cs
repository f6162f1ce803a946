using System;

namespace Mparticle;

/// <summary>
/// How <see cref="EventsApi"/> retries transient failures: network errors, timeouts, 408, 429, 500, 502, 503
/// and 504. Retries wait for the server's <c>Retry-After</c> when it gives one, otherwise for a capped
/// exponential back-off with full jitter, and stop at <see cref="MaxAttempts"/> or
/// <see cref="MaxElapsedTime"/>, whichever comes first. Every retry sends the identical bytes, so each
/// batch keeps its <c>source_request_id</c> and mParticle de-duplicates.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>The default <see cref="MaxAttempts"/>: 5 attempts (the first one and 4 retries).</summary>
    public const int DefaultMaxAttempts = 5;

    /// <summary>The default <see cref="InitialBackoff"/>: 1 second.</summary>
    public static readonly TimeSpan DefaultInitialBackoff = TimeSpan.FromSeconds(1);

    /// <summary>The default <see cref="MaxBackoff"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultMaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>The default <see cref="MaxElapsedTime"/>: 2 minutes.</summary>
    public static readonly TimeSpan DefaultMaxElapsedTime = TimeSpan.FromMinutes(2);

    /// <summary>Whether transient failures are retried at all. The default is <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The most attempts per request, the first one included (so 1 means no retry). The default is
    /// <see cref="DefaultMaxAttempts"/> (5).
    /// </summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>
    /// The back-off ceiling before the first retry; it doubles for each further retry up to
    /// <see cref="MaxBackoff"/>, and the actual wait is a random time between zero and that ceiling
    /// ("full jitter"). The default is 1 second.
    /// </summary>
    public TimeSpan InitialBackoff { get; set; } = DefaultInitialBackoff;

    /// <summary>The largest back-off ceiling. The default is 30 seconds. A server's <c>Retry-After</c> is not capped by it.</summary>
    public TimeSpan MaxBackoff { get; set; } = DefaultMaxBackoff;

    /// <summary>
    /// The time budget for one upload call, from its first attempt to its last, waits included. A retry
    /// whose wait (back-off or <c>Retry-After</c>) would end past the budget is not made: the last failure is
    /// thrown instead, with its <see cref="MparticleApiException.RetryAfter"/>. Each attempt's timeout is
    /// also cut to what is left of the budget. The default is 2 minutes.
    /// </summary>
    public TimeSpan MaxElapsedTime { get; set; } = DefaultMaxElapsedTime;

    /// <summary>Returns a copy, so a running client is not affected by later changes to these options.</summary>
    internal RetryOptions Clone() => (RetryOptions)MemberwiseClone();

    /// <summary>Checks every value, naming the first that is out of range.</summary>
    internal void Validate()
    {
        if (MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "MaxAttempts must be at least 1 (the first attempt).");
        }

        RequirePositive(InitialBackoff, nameof(InitialBackoff));
        RequirePositive(MaxBackoff, nameof(MaxBackoff));
        RequirePositive(MaxElapsedTime, nameof(MaxElapsedTime));
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, name + " must be a positive time span.");
        }
    }
}
