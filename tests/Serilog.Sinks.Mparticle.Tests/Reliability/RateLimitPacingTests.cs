using System.Net.Http;
using Mparticle;
using Mparticle.Testing;
using Serilog.Sinks.Mparticle.Delivery;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;
using Xunit.Abstractions;

namespace Serilog.Sinks.Mparticle.Tests.Reliability;

/// <summary>
/// The sink against a receiver that limits batches per second and reports <c>X-mp-rate-limit-percentage-used</c>, on a
/// clock shared by both that runs ten times faster than real time (so seconds of rate limiting take a fraction of that).
/// </summary>
public class RateLimitPacingTests
{
    const int Limit = 50; // batches per second; each periodic batch of the workload holds at most 10 users' batches
    const int Count = 3_000;

    readonly ITestOutputHelper _output;

    public RateLimitPacingTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task PacedByTheRateLimitHeaderTheSinkMeetsFewerOrNo429sThanUnpacedAndLosesAndRepeatsNothing()
    {
        var unpaced = await RunAsync(pace: false);
        var paced = await RunAsync(pace: true);
        _output.WriteLine($"unpaced: {unpaced.TooMany} 429s of {unpaced.Requests} requests; paced: {paced.TooMany} 429s of {paced.Requests} requests, {paced.Paced} paced");

        unpaced.TooMany.ShouldBeGreaterThanOrEqualTo(5); // the workload does outrun the limit
        unpaced.Paced.ShouldBe(0);
        paced.Paced.ShouldBeGreaterThan(0);
        (paced.TooMany * 3).ShouldBeLessThanOrEqualTo(unpaced.TooMany);
        paced.LastPercentUsed.ShouldBeInRange(1, 100);
    }

    static async Task<(long TooMany, long Requests, long Paced, long LastPercentUsed)> RunAsync(bool pace)
    {
        var clock = new FastTimeProvider(speed: 10);
        await using var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions
        {
            ApiKey = ReceiverSinks.ApiKey,
            ApiSecret = ReceiverSinks.ApiSecret,
            BatchesPerSecondLimit = Limit,
            TimeProvider = clock,
            MaxRetainedBatches = 1_000_000,
            MaxRetainedBodyBytes = 0,
        });
        var configuration = new global::Mparticle.Configuration(ReceiverSinks.ApiKey, ReceiverSinks.ApiSecret) { BaseUrl = receiver.BaseUrl, TimeProvider = clock };
        ReceiverSinks.ConfigureFastClient(configuration, maxAttempts: 2, requestTimeout: TimeSpan.FromSeconds(60));
        var counters = new SinkCounters();
        var handler = new MeteringHandler(new SocketsHttpHandler(), counters);
        var transport = new EventsApiTransport(new EventsApi(configuration, handler), configuration.Limits, counters, handler);
        await using var sink = new MparticleSink(ReceiverSinks.Options(receiver.BaseUrl), transport, counters, new SinkSettings
        {
            TimeProvider = clock,
            InitialBackoff = configuration.Retry.InitialBackoff,
            MaxBackoff = configuration.Retry.MaxBackoff,
            PaceByRateLimit = pace,
        });
        using var metrics = new MetricsRecorder(sink.Meter!);

        await SerilogLikeDriver.RunAsync(sink, Workload.Create(Count, users: 10, seed: 31), batchSizeLimit: 100, seed: 32);

        Accepted.ShouldBeExactlyOnce(Enumerable.Range(0, Count), receiver);
        receiver.Statistics.DuplicateCount.ShouldBe(0); // nothing was sent twice
        counters[SinkCounter.LogEventsDelivered].ShouldBe(Count);
        var statistics = receiver.Statistics;
        return (statistics.RequestCountsByStatus.GetValueOrDefault(429), statistics.RequestCount, counters[SinkCounter.SendsPaced], metrics.Gauge("mparticle.sink.rate_limit.used"));
    }
}
