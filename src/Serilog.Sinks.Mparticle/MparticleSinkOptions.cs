using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle;

/// <summary>
/// Options of the mParticle sink: where and how to send, and how log events become mParticle events.
/// Every property except <see cref="CustomMapping"/> can be bound from a JSON object in <c>appsettings.json</c>.
/// </summary>
public sealed class MparticleSinkOptions
{
    /// <summary>The default pod: <c>us1</c> (<c>https://s2s.us1.mparticle.com/v2</c>).</summary>
    public const string DefaultPod = "us1";

    /// <summary>The default maximum number of log events handled in one periodic batch: 1000 events.</summary>
    public const int DefaultBatchSizeLimit = 1000;

    /// <summary>The default buffering period: 5 seconds, so that one user's events usually share a batch.</summary>
    public const int DefaultPeriodSeconds = 5;

    /// <summary>The default limit of the in-memory queue: 100,000 log events.</summary>
    public const int DefaultQueueLimit = 100_000;

    /// <summary>The default time a failed batch is retried for: 30 minutes.</summary>
    public const int DefaultRetryTimeLimitMinutes = 30;

    /// <summary>The default time the sink keeps delivering at shutdown: 10 seconds.</summary>
    public const int DefaultShutdownTimeoutSeconds = 10;

    /// <summary>
    /// The default identity properties: <c>UserId</c> and <c>CustomerId</c> become <c>customer_id</c>,
    /// <c>Email</c> becomes <c>email</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DefaultIdentityProperties { get; } = new ReadOnlyDictionary<string, string>(
        new Dictionary<string, string>
        {
            ["UserId"] = "customer_id",
            ["CustomerId"] = "customer_id",
            ["Email"] = "email",
        });

    /// <summary>
    /// The name fragments that mark secrets. A property whose name contains one of them (ignoring case,
    /// <c>_</c>, <c>-</c> and <c>.</c>) never becomes an attribute unless an include list names it.
    /// </summary>
    public static IReadOnlyList<string> DefaultExcludedAttributes { get; } =
    [
        "password", "passwd", "secret", "token", "authorization", "cookie", "apikey", "credential", "privatekey",
        "creditcard", "cardnumber", "cvv", "iban",
    ];

    /// <summary>
    /// The mParticle pod that receives the data: <c>us1</c>, <c>us2</c>, <c>eu1</c> or <c>au1</c> (any case).
    /// Ignored when <see cref="ServerUrl"/> is set. The default is <see cref="DefaultPod"/>.
    /// </summary>
    public string Pod { get; set; } = DefaultPod;

    /// <summary>The Events API base URL, for example <c>https://s2s.eu1.mparticle.com/v2</c>. Wins over <see cref="Pod"/>.</summary>
    public string? ServerUrl { get; set; }

    /// <summary>The environment every batch is sent with. The default is <see cref="MparticleEnvironment.Production"/>.</summary>
    public MparticleEnvironment Environment { get; set; } = MparticleEnvironment.Production;

    /// <summary>The maximum number of log events handled in one periodic batch. The default is 1000 events.</summary>
    public int BatchSizeLimit { get; set; } = DefaultBatchSizeLimit;

    /// <summary>The maximum time a log event waits before its periodic batch is sent. The default is 5 seconds.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(DefaultPeriodSeconds);

    /// <summary>
    /// The maximum number of log events waiting in memory between the logging call and the sink, or <c>null</c> for
    /// no limit. The default is 100,000 events. When the queue is full, new log events are discarded at once (the
    /// logging call never waits) and counted as dropped (reason <c>queue_full</c>).
    /// </summary>
    public int? QueueLimit { get; set; } = DefaultQueueLimit;

    /// <summary>
    /// How long a batch is retried after its first failure (network errors, timeouts, 429, 5xx, refused credentials)
    /// before it is dropped and counted. The default is 30 minutes.
    /// </summary>
    public TimeSpan RetryTimeLimit { get; set; } = TimeSpan.FromMinutes(DefaultRetryTimeLimitMinutes);

    /// <summary>
    /// How long disposing the logger (<c>Log.CloseAndFlush()</c>) keeps delivering what is queued and what waits for a
    /// retry; after it, what is left is counted and reported as not delivered. The default is 10 seconds.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(DefaultShutdownTimeoutSeconds);

    /// <summary>
    /// Properties that identify the user, as property name to identity name (<c>customer_id</c>, <c>email</c>,
    /// <c>other</c>, <c>other_id_2</c>, ..., <c>mobile_number</c>, or <c>mpid</c>); an empty identity name removes
    /// the property (a default one, for example). The default is <see cref="DefaultIdentityProperties"/>. Identities also come from the <c>MpUserIdentities</c> and
    /// <c>MpId</c> properties (a user scope); when those name the user, these properties are not read for identities.
    /// </summary>
    public IDictionary<string, string> IdentityProperties { get; set; } = CopyOf(DefaultIdentityProperties);

    /// <summary>
    /// The identities given to events that carry none, as identity name to value (for example
    /// <c>{ "other": "server" }</c>). When empty (the default), such events are dropped and counted.
    /// </summary>
    public IDictionary<string, string> FallbackIdentities { get; set; } = new Dictionary<string, string>();

    /// <summary>
    /// When set, only these properties become custom attributes, even if they look like secrets
    /// (an include list wins over every exclude list). The default is <c>null</c>: every remaining scalar property.
    /// </summary>
    public IList<string>? IncludedAttributes { get; set; }

    /// <summary>
    /// More name fragments that keep a property out of the attributes, in addition to
    /// <see cref="DefaultExcludedAttributes"/>. Empty by default.
    /// </summary>
    public IList<string> ExcludedAttributes { get; set; } = new List<string>();

    /// <summary>Rules that turn unmarked log events into mParticle events; the first match wins.</summary>
    public IList<MparticleMappingRule> Rules { get; set; } = new List<MparticleMappingRule>();

    /// <summary>
    /// Code-only extension point, called in the background for every log event after the conventions and
    /// rules have run: change the <see cref="MparticleMapping"/> in place (set its event for a log event the
    /// conventions ignored, set it to <c>null</c> to skip one, add identities or attributes). Limits are
    /// applied afterwards; an exception thrown here drops that log event and is counted and reported.
    /// </summary>
    public Action<LogEvent, MparticleMapping>? CustomMapping { get; set; }

    /// <summary>A test seam: changes the client's configuration (timeouts, retries) before the client is created.</summary>
    internal Action<global::Mparticle.Configuration>? ConfigureClient { get; set; }

    static Dictionary<string, string> CopyOf(IReadOnlyDictionary<string, string> source)
    {
        var copy = new Dictionary<string, string>(source.Count);
        foreach (var pair in source)
            copy.Add(pair.Key, pair.Value);
        return copy;
    }
}
