using System;
using System.Globalization;

namespace Mparticle;

/// <summary>
/// Settings of an <see cref="EventsApi"/>: credentials, where to send, timeouts, retries, limits and the
/// debug trace. The client copies what it needs when it is created; later changes do not affect it.
/// </summary>
/// <remarks>The API secret never appears in <see cref="ToString"/>, in exceptions, or in the debug trace.</remarks>
public sealed class Configuration
{
    /// <summary>The default <see cref="RequestTimeout"/>: 30 seconds per attempt.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The default <see cref="ConnectionLifetime"/>: 5 minutes.</summary>
    public static readonly TimeSpan DefaultConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Creates an empty configuration; set <see cref="ApiKey"/> and <see cref="ApiSecret"/> before use.</summary>
    public Configuration()
    {
    }

    /// <summary>Creates a configuration with the credentials of an mParticle input or feed.</summary>
    /// <param name="apiKey">The API key (the Basic-auth user name).</param>
    /// <param name="apiSecret">The API secret (the Basic-auth password).</param>
    public Configuration(string apiKey, string apiSecret)
    {
        ApiKey = apiKey;
        ApiSecret = apiSecret;
    }

    /// <summary>The API key of the input or feed. Required.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The API secret of the input or feed. Required. It is only ever written into the Authorization header.</summary>
    public string ApiSecret { get; set; } = string.Empty;

    /// <summary>The pod (data-hosting location) whose host receives the data. The default is <see cref="MparticlePod.US1"/>. Ignored when <see cref="BaseUrl"/> is set.</summary>
    public MparticlePod Pod { get; set; } = MparticlePod.US1;

    /// <summary>
    /// Any base URL of the Events API, up to and including <c>/v2</c> (for example
    /// <c>http://127.0.0.1:5000/v2</c> for a local receiver, or a proxy). When set, it wins over <see cref="Pod"/>.
    /// The default is <see langword="null"/>.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The timeout of one attempt (connect, send, and read the response). The default is 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>
    /// How long the default handler keeps a pooled connection before opening a new one (so DNS changes are
    /// seen). The default is 5 minutes. Ignored when the client is given its own handler or <c>HttpClient</c>.
    /// </summary>
    public TimeSpan ConnectionLifetime { get; set; } = DefaultConnectionLifetime;

    /// <summary>The retry policy. Retries are on by default; see <see cref="RetryOptions"/> for the defaults.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>The size and count limits checked before sending. The default is <see cref="PackingLimits.Default"/>.</summary>
    public PackingLimits Limits { get; set; } = PackingLimits.Default;

    /// <summary>
    /// Whether every request and response is traced to <see cref="DebugWriter"/>: method, URL, headers (the
    /// Authorization value redacted), body and status. The default is <see langword="false"/>. Bodies hold
    /// user data: do not turn this on in production.
    /// </summary>
    public bool Debug { get; set; }

    /// <summary>Where the debug trace goes when <see cref="Debug"/> is on. The default (<see langword="null"/>) is standard error.</summary>
    public Action<string>? DebugWriter { get; set; }

    /// <summary>The clock for timeouts, back-off and <c>Retry-After</c>. The default is <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Describes the configuration without the API secret.</summary>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "Configuration {{ ApiKey = {0}, ApiSecret = {1}, BaseUrl = {2}, RequestTimeout = {3}, Retry = {4} }}",
            ApiKey,
            ApiSecret.Length == 0 ? "(none)" : "(redacted)",
            BaseUrl ?? MparticleEndpoints.GetBaseUrl(Pod),
            RequestTimeout,
            Retry is { Enabled: true } retry ? retry.MaxAttempts + " attempts" : "off");
}
