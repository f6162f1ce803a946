using Serilog.Events;
using Serilog.Sinks.Mparticle.Delivery;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>
/// Hands log events to the sink the way Serilog 4.4's <c>BatchingSink</c> does, without its timers: periodic
/// batches of at most <c>batchSizeLimit</c> log events; when <c>EmitBatchAsync</c> throws, the same log event
/// objects are tried again, topped up with newly arrived ones up to the limit. Arrivals come in random chunks,
/// so failed batches that are not full do get topped up.
/// </summary>
static class SerilogLikeDriver
{
    /// <summary>Runs until every log event was handed over and accepted; returns how many calls failed.</summary>
    public static async Task<int> RunAsync(
        MparticleSink sink,
        IReadOnlyList<LogEvent> logEvents,
        int batchSizeLimit,
        int seed = 1,
        int maxFailures = 200,
        Func<int, bool, Task>? afterCall = null)
    {
        var random = new Random(seed);
        var next = 0;
        var arrived = 0;
        var failures = 0;
        var current = new List<LogEvent>();
        for (var call = 0; next < logEvents.Count || current.Count > 0; call++)
        {
            arrived = Math.Min(logEvents.Count, arrived + random.Next(batchSizeLimit / 4, batchSizeLimit + 1));
            while (current.Count < batchSizeLimit && next < arrived)
                current.Add(logEvents[next++]);

            var failed = false;
            try
            {
                await sink.EmitBatchAsync(current);
                current = [];
            }
            catch (MparticleDeliveryException)
            {
                failed = true;
                if (++failures > maxFailures)
                    throw;
            }

            if (afterCall is not null)
                await afterCall(call, failed);
        }

        return failures;
    }
}
