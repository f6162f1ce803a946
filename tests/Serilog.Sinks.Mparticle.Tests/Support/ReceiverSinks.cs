using Mparticle;
using Mparticle.Testing;
using Serilog.Sinks.Mparticle.Delivery;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>Receivers and real sinks (EventsApi over HTTP) with short client timeouts and back-offs, for fault tests.</summary>
static class ReceiverSinks
{
    public const string ApiKey = "fault-key";
    public const string ApiSecret = "fault-secret";

    public static Task<MparticleReceiver> StartReceiverAsync(int port = 0) => MparticleReceiver.StartAsync(new MparticleReceiverOptions
    {
        ApiKey = ApiKey,
        ApiSecret = ApiSecret,
        Port = port,
        MaxRetainedBatches = 1_000_000,
        MaxRetainedBodyBytes = 0,
    });

    /// <summary>Client settings for tests: attempts of at most <paramref name="requestTimeout"/>, back-offs of milliseconds.</summary>
    public static void ConfigureFastClient(global::Mparticle.Configuration configuration, int maxAttempts = 2, TimeSpan? requestTimeout = null)
    {
        configuration.RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(2);
        configuration.Retry = new RetryOptions
        {
            MaxAttempts = maxAttempts,
            InitialBackoff = TimeSpan.FromMilliseconds(5),
            MaxBackoff = TimeSpan.FromMilliseconds(20),
            MaxElapsedTime = TimeSpan.FromSeconds(20),
        };
    }

    public static MparticleSinkOptions Options(string baseUrl, int maxAttempts = 2, TimeSpan? requestTimeout = null) => new()
    {
        ServerUrl = baseUrl,
        Environment = MparticleEnvironment.Development,
        ConfigureClient = c => ConfigureFastClient(c, maxAttempts, requestTimeout),
    };

    public static MparticleSink Create(MparticleSinkOptions options, BatchTransport? transport = null) =>
        MparticleSinkFactory.Create(ApiKey, ApiSecret, options, transport);
}
