using System;
using System.Threading;
using System.Threading.Tasks;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>Waits on a <c>TimeProvider</c>'s clock, on every target framework.</summary>
static class TimeProviderWaits
{
    /// <summary>Completes after <paramref name="delay"/>, or as soon as <paramref name="cancellationToken"/> is cancelled (without throwing).</summary>
    public static async Task DelayAsync(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero || cancellationToken.IsCancellationRequested)
            return;

        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timer = time.CreateTimer(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), done, delay, Timeout.InfiniteTimeSpan);
        using var registration = cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(false), done);
        await done.Task.ConfigureAwait(false);
    }
}
