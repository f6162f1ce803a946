using System;
using System.Threading;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// The sink's bounded shutdown: <see cref="Begin"/> starts the shutdown timeout, and <see cref="Expired"/> is
/// cancelled when it has passed, which stops any send or wait in progress. Before shutdown the token never fires.
/// </summary>
sealed class ShutdownSignal : IDisposable
{
    readonly CancellationTokenSource _expired = new();
    readonly TimeProvider _time;
    readonly TimeSpan _timeout;
    ITimer? _timer;
    long _deadline;
    int _begun;

    public ShutdownSignal(TimeProvider time, TimeSpan timeout)
    {
        _time = time;
        _timeout = timeout;
    }

    /// <summary>Whether shutdown has begun.</summary>
    public bool HasBegun => Volatile.Read(ref _begun) != 0;

    /// <summary>Cancelled when the shutdown timeout has passed.</summary>
    public CancellationToken Expired => _expired.Token;

    /// <summary>The shutdown timeout this signal counts down.</summary>
    public TimeSpan Timeout => _timeout;

    /// <summary>What is left of the shutdown timeout; <see cref="TimeSpan.MaxValue"/> before shutdown.</summary>
    public TimeSpan Remaining
    {
        get
        {
            if (!HasBegun)
                return TimeSpan.MaxValue;
            var ticks = Volatile.Read(ref _deadline) - _time.GetTimestamp();
            return ticks <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)ticks / _time.TimestampFrequency);
        }
    }

    /// <summary>Starts the countdown; later calls do nothing.</summary>
    public void Begin()
    {
        if (Interlocked.Exchange(ref _begun, 1) != 0)
            return;

        Volatile.Write(ref _deadline, _time.GetTimestamp() + (long)(_timeout.TotalSeconds * _time.TimestampFrequency));
        if (_timeout <= TimeSpan.Zero)
        {
            _expired.Cancel();
            return;
        }

        _timer = _time.CreateTimer(static state => ((ShutdownSignal)state!).Expire(), this, _timeout, System.Threading.Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _expired.Dispose();
    }

    void Expire()
    {
        try
        {
            _expired.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed in the meantime: nothing is waiting any more.
        }
    }
}
