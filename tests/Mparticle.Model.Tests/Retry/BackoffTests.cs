namespace Mparticle.Tests.Retry;

public class BackoffTests
{
    [Fact]
    public void TheCeilingDoublesFromTheInitialValueUpToTheCap()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), () => 1);

        Enumerable.Range(1, 7).Select(backoff.Ceiling).ShouldBe(new[] { 1, 2, 4, 8, 16, 30, 30 }.Select(s => TimeSpan.FromSeconds(s)));
        backoff.Ceiling(1000).ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.25, 1)]
    [InlineData(0.999, 3.996)]
    public void FullJitterPicksAWaitBetweenZeroAndTheCeiling(double random, double seconds)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), () => random);

        backoff.Next(3).ShouldBe(TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void TheRealJitterStaysInRangeAndVaries()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), Mparticle.Compat.SharedRandom.NextDouble);

        var waits = Enumerable.Range(0, 200).Select(_ => backoff.Next(2)).ToList();

        waits.ShouldAllBe(w => w >= TimeSpan.Zero && w < TimeSpan.FromSeconds(2));
        waits.Distinct().Count().ShouldBeGreaterThan(100);
    }
}
