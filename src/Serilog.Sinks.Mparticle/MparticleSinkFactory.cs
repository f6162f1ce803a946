using System;
using Mparticle;
using Serilog.Configuration;
using Serilog.Sinks.Mparticle.Compat;
using Serilog.Core;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle;

/// <summary>Checks the options and builds the batched sink and Serilog's batching options from them.</summary>
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
    /// <exception cref="ArgumentOutOfRangeException">A limit or time is zero or negative.</exception>
    public static (IBatchedLogEventSink Sink, BatchingOptions Batching) Create(
        string apiKey, string apiSecret, MparticleSinkOptions options, BatchTransport? transport = null, TimeProvider? timeProvider = null)
    {
        Guard.NotNull(apiKey, nameof(apiKey));
        Guard.NotNull(apiSecret, nameof(apiSecret));
        Guard.NotNull(options, nameof(options));
        if (apiKey.Trim().Length == 0)
            throw new ArgumentException("The mParticle API key is empty; set the key of the mParticle input.", nameof(apiKey));
        if (apiSecret.Trim().Length == 0)
            throw new ArgumentException("The mParticle API secret is empty; set the secret of the mParticle input (for example from an environment variable).", nameof(apiSecret));

        var batching = BatchingOptionsFor(options);
        var time = timeProvider ?? TimeProvider.System;
        transport ??= CreateTransport(apiKey, apiSecret, options, time);

        var counters = new SinkCounters();
        var reporter = new CounterReporter(counters, time, CounterReporter.DefaultInterval);
        try
        {
            return (new MparticleSink(options, transport, counters, reporter), batching);
        }
        catch
        {
            transport.Dispose();
            throw;
        }
    }

    static BatchingOptions BatchingOptionsFor(MparticleSinkOptions options)
    {
        if (options.BatchSizeLimit <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSizeLimit, "BatchSizeLimit must be at least 1 log event.");
        if (options.Period <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.Period, "Period must be a positive time span, such as 00:00:05.");
        if (options.QueueLimit is <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.QueueLimit, "QueueLimit must be at least 1 log event, or null for no limit.");
        if (options.RetryTimeLimit < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.RetryTimeLimit, "RetryTimeLimit must not be negative.");

        return new BatchingOptions
        {
            // Analytics need no "liveness": waiting for the period lets one user's events share a batch.
            EagerlyEmitFirstEvent = false,
            BatchSizeLimit = options.BatchSizeLimit,
            BufferingTimeLimit = options.Period,
            QueueLimit = options.QueueLimit,
            RetryTimeLimit = options.RetryTimeLimit,
        };
    }

    static EventsApiTransport CreateTransport(string apiKey, string apiSecret, MparticleSinkOptions options, TimeProvider time)
    {
        var configuration = new global::Mparticle.Configuration(apiKey, apiSecret)
        {
            Pod = ParsePod(options.Pod),
            BaseUrl = string.IsNullOrWhiteSpace(options.ServerUrl) ? null : options.ServerUrl,
            TimeProvider = time,
            Retry = new RetryOptions { MaxElapsedTime = RequestRetryTimeLimit },
        };

        return new EventsApiTransport(new EventsApi(configuration), configuration.Limits);
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
