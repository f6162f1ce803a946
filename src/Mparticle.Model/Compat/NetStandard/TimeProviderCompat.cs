using System;
using System.Threading;
using System.Threading.Tasks;

namespace Mparticle.Compat;

/// <summary>Waits and timeouts driven by a <see cref="TimeProvider"/> (so tests can use a fake clock).</summary>
internal static class TimeProviderCompat
{
    public static Task Delay(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken) =>
        timeProvider.Delay(delay, cancellationToken);

    public static CancellationTokenSource CreateTimeoutSource(TimeProvider timeProvider, TimeSpan timeout) =>
        timeProvider.CreateCancellationTokenSource(timeout);
}
