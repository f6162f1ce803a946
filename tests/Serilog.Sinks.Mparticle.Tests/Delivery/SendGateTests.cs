using Microsoft.Extensions.Time.Testing;
using Serilog.Sinks.Mparticle.Delivery;

namespace Serilog.Sinks.Mparticle.Tests.Delivery;

public class SendGateTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(79, 0)]
    [InlineData(80, 1_000)]
    [InlineData(95, 1_000)]
    [InlineData(100, 1_000)]
    [InlineData(150, 1_000)]
    public void From80PercentTheNextRequestWaitsTheOneSecondRateWindow(int percentUsed, int milliseconds)
    {
        SendGate.PaceFor(percentUsed).ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Fact]
    public async Task AHighReadingHoldsTheNextRequestOnTheGatesClockAndALowerOneLiftsIt()
    {
        var time = new FakeTimeProvider();
        var gate = new SendGate(time, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));

        gate.Pace(90);
        gate.LastPercentUsed.ShouldBe(90);
        gate.PaceRemaining.ShouldBe(TimeSpan.FromSeconds(1));
        var waiting = gate.PaceAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(999));
        waiting.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await waiting).ShouldBeTrue();

        gate.Pace(100);
        gate.Pace(null); // no header: the reading stands
        gate.PaceRemaining.ShouldBe(TimeSpan.FromSeconds(1));
        gate.Pace(40);
        gate.PaceRemaining.ShouldBe(TimeSpan.Zero);
        (await gate.PaceAsync(CancellationToken.None)).ShouldBeFalse();
        gate.LastPercentUsed.ShouldBe(40);
    }

    [Fact]
    public async Task AtShutdownAPauseOfHalfTheTimeLeftOrMoreIsSkippedAndAShorterOneIsKept()
    {
        var time = new FakeTimeProvider();
        using var shutdown = new ShutdownSignal(time, TimeSpan.FromSeconds(3));
        var gate = new SendGate(time, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), shutdown);
        shutdown.Begin();

        gate.Pace(100); // 1 s of the 3 s left
        var waiting = gate.PaceAsync(shutdown.Expired);
        waiting.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        (await waiting).ShouldBeTrue();

        time.Advance(TimeSpan.FromSeconds(0.5));
        gate.Pace(100); // 1 s of the 1.5 s left
        (await gate.PaceAsync(shutdown.Expired)).ShouldBeFalse();
    }

    [Fact]
    public async Task APauseBegunBeforeShutdownEndsWhenTheShutdownTimeoutHasPassed()
    {
        var time = new FakeTimeProvider();
        using var shutdown = new ShutdownSignal(time, TimeSpan.FromMilliseconds(500));
        var gate = new SendGate(time, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), shutdown);
        gate.Pace(100);
        var waiting = gate.PaceAsync(shutdown.Expired);

        shutdown.Begin();
        time.Advance(TimeSpan.FromMilliseconds(500)); // half the pause: only the shutdown can end it

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBeTrue();
        gate.PaceRemaining.ShouldBe(TimeSpan.FromMilliseconds(500));
    }
}
