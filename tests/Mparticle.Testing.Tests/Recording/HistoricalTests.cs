using Microsoft.Extensions.Time.Testing;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Recording;

public class HistoricalTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheHistoricalEndpointSkipsBatchesWithoutEventsWithUntimedEventsOrWithEventsUnder72HoursOld()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { TimeProvider = new FakeTimeProvider(Now) });
        using var client = new ReceiverClient(receiver);
        var old = Now.AddHours(-73).ToUnixTimeMilliseconds();
        var recent = Now.AddHours(-71).ToUnixTimeMilliseconds();

        var (status, _) = await client.PostForTextAsync("bulkevents/historical", Some.Bulk(
            Some.Batch("kept", eventJson: [Some.CustomEvent("a", old), Some.CustomEvent("b", old)]),
            Some.Batch("empty", eventJson: []),
            Some.Batch("untimed", eventJson: [Some.CustomEvent("a", old), Some.CustomEvent("b", timestampMs: null)]),
            Some.Batch("recent", eventJson: [Some.CustomEvent("a", old), Some.CustomEvent("b", recent)])));

        status.ShouldBe(202);
        var statistics = receiver.Statistics;
        statistics.SkippedBatchCount.ShouldBe(3);
        statistics.EventCountsByUser.Keys.ShouldBe(["kept"]);
        receiver.Requests.Single().SkippedBatchCount.ShouldBe(3);
        receiver.Requests.Single().AcceptedBatchCount.ShouldBe(1);
    }

    [Fact]
    public async Task TheOtherEndpointsAcceptRecentAndUntimedEvents()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { TimeProvider = new FakeTimeProvider(Now) });
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("untimed", eventJson: [Some.CustomEvent("a", timestampMs: null)])));

        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Statistics.SkippedBatchCount.ShouldBe(0);
    }
}
