using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Mparticle.Testing.Recording;

/// <summary>Tasks that complete when a running count reaches a target. Free for the recorder while nobody waits.</summary>
internal sealed class CountWaiters
{
    private readonly Lock _gate = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _waiting = [];
    private volatile int _waitingCount;

    /// <summary>Waits until <paramref name="current"/> reaches <paramref name="target"/>, or throws <see cref="TimeoutException"/>.</summary>
    public async Task WaitAsync(long target, Func<long> current, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entry = (target, done);
        lock (_gate)
        {
            _waiting.Add(entry);
            _waitingCount = _waiting.Count;
        }

        // Checked after registering, so a count reached in between is not missed.
        if (current() >= target)
        {
            done.TrySetResult();
        }

        try
        {
            await done.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"Waited {timeout.TotalSeconds:0.###} s for {target} {what}; {current()} arrived.", ex);
        }
        finally
        {
            lock (_gate)
            {
                _waiting.Remove(entry);
                _waitingCount = _waiting.Count;
            }
        }
    }

    /// <summary>Completes the waits whose target <paramref name="current"/> has reached.</summary>
    public void Notify(long current)
    {
        if (_waitingCount == 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var (target, done) in _waiting)
            {
                if (current >= target)
                {
                    done.TrySetResult();
                }
            }
        }
    }
}
