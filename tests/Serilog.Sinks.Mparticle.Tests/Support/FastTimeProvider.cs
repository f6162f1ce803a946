using System.Diagnostics;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>
/// A clock that runs <c>speed</c> times faster than real time, timers included: shared by a receiver (its rate-limit
/// windows) and a sink (its pauses, back-offs and timeouts), it lets a test of seconds of rate limiting run in a
/// fraction of that, with both sides keeping the same time. Unlike a fake clock it needs no one to advance it.
/// </summary>
sealed class FastTimeProvider : TimeProvider
{
    readonly long _start = Stopwatch.GetTimestamp();
    readonly DateTimeOffset _startUtc = DateTimeOffset.UtcNow;
    readonly double _speed;

    public FastTimeProvider(double speed)
    {
        _speed = speed;
    }

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override long GetTimestamp() => _start + (long)((Stopwatch.GetTimestamp() - _start) * _speed);

    public override DateTimeOffset GetUtcNow() => _startUtc + GetElapsedTime(_start);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    TimeSpan Scale(TimeSpan time) => time == Timeout.InfiniteTimeSpan || time <= TimeSpan.Zero ? time : TimeSpan.FromTicks(Math.Max(1, (long)(time.Ticks / _speed)));

    sealed class ScaledTimer : ITimer
    {
        readonly ITimer _timer;
        readonly FastTimeProvider _clock;

        public ScaledTimer(ITimer timer, FastTimeProvider clock)
        {
            _timer = timer;
            _clock = clock;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => _timer.Change(_clock.Scale(dueTime), _clock.Scale(period));

        public void Dispose() => _timer.Dispose();

        public ValueTask DisposeAsync() => _timer.DisposeAsync();
    }
}
