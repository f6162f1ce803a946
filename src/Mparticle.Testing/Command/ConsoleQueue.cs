using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Mparticle.Testing.Inspection;

namespace Mparticle.Testing.Command;

/// <summary>
/// Takes the per-request console lines off the request path: a request only posts its record to a bounded queue, and
/// one background task formats and writes the lines. A console that cannot keep up (a terminal being scrolled or
/// selected, a pipe nobody reads) then never slows the answers, so what a client measures is the receiver, not the
/// console. When the queue is full, the line is dropped and counted; the summary's counts stay exact.
/// </summary>
internal sealed class ConsoleQueue : IAsyncDisposable
{
    /// <summary>The default capacity: 10,000 lines waiting, a few megabytes at most.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Channel<(ReceivedRequest Request, IReadOnlyList<ScannedBatch> Accepted)> _queue;
    private readonly ConsoleReporter _reporter;
    private readonly Task _writer;
    private long _dropped;

    public ConsoleQueue(ConsoleReporter reporter, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _reporter = reporter;
        _queue = Channel.CreateBounded<(ReceivedRequest, IReadOnlyList<ScannedBatch>)>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: a full queue refuses the new line, which is then counted
        });
        _writer = Task.Run(DrainAsync);
    }

    /// <summary>Lines dropped because the queue was full (or the console failed).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues the line of a request that was answered; never waits.</summary>
    public void Post(ReceivedRequest request, IReadOnlyList<ScannedBatch> accepted)
    {
        if (!_queue.Writer.TryWrite((request, accepted)))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Writes the lines still queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task DrainAsync()
    {
        await foreach (var (request, accepted) in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                _reporter.Report(request, accepted);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // A console that went away: the line is lost, and said so in the count.
                Interlocked.Increment(ref _dropped);
            }
        }
    }
}
