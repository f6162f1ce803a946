using System;
using Mparticle;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Compat;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Queueing;

namespace Serilog.Sinks.Mparticle;

/// <summary>Checks the options, builds the sink, and registers it behind Serilog's batching.</summary>
static class MparticleSinkFactory
{
    /// <summary>
    /// How long one bulk request may keep retrying (network errors, 429 with <c>Retry-After</c>, 5xx) inside
    /// one periodic batch: 1 minute. Beyond it the batch fails, and Serilog's batching retries it later with
    /// growing pauses until <see cref="MparticleSinkOptions.RetryTimeLimit"/>.
    /// </summary>
    static readonly TimeSpan RequestRetryTimeLimit = TimeSpan.FromMinutes(1);

    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A credential is empty, or the pod, URL, a rule or an identity name is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit or the period is zero or negative, or a time limit is negative.</exception>
    public static MparticleSink Create(
        string apiKey, string apiSecret, MparticleSinkOptions options, BatchTransport? transport = null, TimeProvider? timeProvider = null)
    {
        Guard.NotNull(apiKey, nameof(apiKey));
        Guard.NotNull(apiSecret, nameof(apiSecret));
        Guard.NotNull(options, nameof(options));
        if (apiKey.Trim().Length == 0)
            throw new ArgumentException("The mParticle API key is empty; set the key of the mParticle input.", nameof(apiKey));
        if (apiSecret.Trim().Length == 0)
            throw new ArgumentException("The mParticle API secret is empty; set the secret of the mParticle input (for example from an environment variable).", nameof(apiSecret));

        Validate(options);
        var time = timeProvider ?? TimeProvider.System;
        var configuration = new global::Mparticle.Configuration(apiKey, apiSecret)
        {
            Pod = ParsePod(options.Pod),
            BaseUrl = string.IsNullOrWhiteSpace(options.ServerUrl) ? null : options.ServerUrl,
            TimeProvider = time,
            Retry = new RetryOptions { MaxElapsedTime = RequestRetryTimeLimit },
        };
        options.ConfigureClient?.Invoke(configuration);

        var counters = new SinkCounters();
        transport ??= CreateTransport(configuration, counters);
        var settings = new SinkSettings
        {
            TimeProvider = time,
            InitialBackoff = configuration.Retry.InitialBackoff,
            MaxBackoff = configuration.Retry.MaxBackoff,
        };

        try
        {
            return new MparticleSink(options, transport, counters, settings);
        }
        catch
        {
            transport.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Registers <paramref name="sink"/> behind Serilog's batching, itself behind the <see cref="EnqueueingSink"/>
    /// that bounds and counts the queue and starts the bounded shutdown.
    /// </summary>
    public static LoggerConfiguration Register(
        LoggerSinkConfiguration loggerSinkConfiguration,
        MparticleSink sink,
        MparticleSinkOptions options,
        LogEventLevel restrictedToMinimumLevel,
        LoggingLevelSwitch? levelSwitch)
    {
        var enqueueing = LoggerSinkConfiguration.Wrap(
            batching => new EnqueueingSink(batching, sink),
            writeTo => writeTo.Sink(sink, MparticleSink.BatchingOptionsFor(options)));
        return loggerSinkConfiguration.Sink(enqueueing, restrictedToMinimumLevel, levelSwitch);
    }

    static void Validate(MparticleSinkOptions options)
    {
        if (options.BatchSizeLimit <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSizeLimit, "BatchSizeLimit must be at least 1 log event.");
        if (options.Period <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.Period, "Period must be a positive time span, such as 00:00:05.");
        if (options.QueueLimit is <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.QueueLimit, "QueueLimit must be at least 1 log event, or null for no limit.");
        if (options.RetryTimeLimit < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.RetryTimeLimit, "RetryTimeLimit must not be negative.");
        if (options.ShutdownTimeout < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.ShutdownTimeout, "ShutdownTimeout must not be negative, such as 00:00:10.");
    }

    static EventsApiTransport CreateTransport(global::Mparticle.Configuration configuration, SinkCounters counters)
    {
        // The sink's own handler, so every attempt is counted (the client's result tells only the last one).
        var handler = new MeteringHandler(HttpHandlerFactory.Create(configuration.ConnectionLifetime, configuration.RequestTimeout), counters);
        try
        {
            return new EventsApiTransport(new EventsApi(configuration, handler), configuration.Limits, counters, handler);
        }
        catch
        {
            handler.Dispose();
            throw;
        }
    }

    static MparticlePod ParsePod(string? pod) => (pod ?? MparticleSinkOptions.DefaultPod).Trim().ToUpperInvariant() switch
    {
        "" or "US1" => MparticlePod.US1,
        "US2" => MparticlePod.US2,
        "EU1" => MparticlePod.EU1,
        "AU1" => MparticlePod.AU1,
        _ => throw new ArgumentException($"Pod must be us1, us2, eu1 or au1, not '{pod}'; or set ServerUrl.", nameof(pod)),
    };
}
