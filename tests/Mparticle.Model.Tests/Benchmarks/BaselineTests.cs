using Mparticle.Benchmarks;

namespace Mparticle.Tests.Benchmarks;

public class BaselineTests
{
    [Fact]
    public void TheHandWrittenBaselineProducesExactlyThePackersBytes()
    {
        var batches = PeerWorkload.Create(2_000);
        using var baseline = new HandWrittenPacker();

        var expected = new BatchPacker().Pack(batches);
        var actual = baseline.Pack(batches);

        expected.Requests.Count.ShouldBeGreaterThan(10);
        actual.Count.ShouldBe(expected.Requests.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            actual[i].ToArray().ShouldBe(expected.Requests[i].Body.ToArray(), "request " + i);
        }

        expected.Requests.Sum(r => r.EventCount).ShouldBe(2_000 * PeerWorkload.EventsPerBatch);
    }
}
