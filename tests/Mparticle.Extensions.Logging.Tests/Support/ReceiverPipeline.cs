using Microsoft.Extensions.Logging;
using Mparticle.Testing;
using Serilog;
using Serilog.Sinks.Mparticle;

namespace Mparticle.Extensions.Logging.Tests.Support;

/// <summary>
/// The whole chain: ILogger -> Serilog.Extensions.Logging -> the Mparticle sink -> HTTP -> the local receiver.
/// Disposing the logger factory flushes the sink, so no test waits on the batching timer.
/// </summary>
static class ReceiverPipeline
{
    const string ApiKey = "ext-key";
    const string ApiSecret = "ext-secret";

    /// <summary>Runs <paramref name="log"/> against a fresh receiver and returns it, every request received.</summary>
    public static async Task<MparticleReceiver> RunAsync(
        Func<Microsoft.Extensions.Logging.ILogger, Task> log,
        SerilogWiring wiring = SerilogWiring.LoggingBuilder,
        Action<MparticleSinkOptions>? configure = null)
    {
        var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = ApiKey, ApiSecret = ApiSecret });
        try
        {
            var configuration = new LoggerConfiguration().WriteTo.Mparticle(ApiKey, ApiSecret, options =>
            {
                options.ServerUrl = receiver.BaseUrl;
                options.Environment = MparticleEnvironment.Development;
                options.Period = TimeSpan.FromHours(1); // only disposal flushes: the tests never race the timer
                configure?.Invoke(options);
            });

            using (var factory = SerilogCapture.CreateFactory(configuration, LogLevel.Trace, wiring))
                await log(factory.CreateLogger(SerilogCapture.Category));

            return receiver;
        }
        catch
        {
            await receiver.DisposeAsync();
            throw;
        }
    }

    /// <summary>The body of the single request received, ids and times normalized (see <see cref="Serilog.Sinks.Mparticle.Tests.Support.WireJson"/>).</summary>
    public static string SingleBody(MparticleReceiver receiver)
    {
        var request = receiver.Requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/v2/bulkevents");
        request.StatusCode.ShouldBe(202);
        return Serilog.Sinks.Mparticle.Tests.Support.WireJson.NormalizeLive(request.Body!);
    }
}
