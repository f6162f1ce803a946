using System;
using System.Threading.Tasks;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Queueing;

/// <summary>
/// The sink the logger writes to, in front of Serilog's <c>BatchingSink</c>: on the logging thread it only takes a
/// place in the queue (<see cref="QueueAccount"/>) and hands the log event on, or counts it as dropped when the queue
/// is full. Disposing it starts the sink's bounded shutdown before Serilog's batching flushes and disposes the sink.
/// </summary>
sealed class EnqueueingSink : ILogEventSink, IDisposable, IAsyncDisposable
{
    readonly ILogEventSink _batching;
    readonly MparticleSink _sink;
    readonly QueueAccount _queue;
    readonly SinkCounters _counters;

    public EnqueueingSink(ILogEventSink batching, MparticleSink sink)
    {
        _batching = batching;
        _sink = sink;
        _queue = sink.Queue;
        _counters = sink.Counters;
    }

    public void Emit(LogEvent logEvent)
    {
        if (!_queue.TryEnter())
        {
            _counters.Increment(SinkCounter.DroppedQueueFull);
            return;
        }

        // After shutdown has begun, Serilog's batching ignores the event: its place stays taken, so the final
        // report counts it as not delivered, which it is.
        _batching.Emit(logEvent);
    }

    public void Dispose()
    {
        _sink.BeginShutdown();
        (_batching as IDisposable)?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _sink.BeginShutdown();
        if (_batching is IAsyncDisposable asyncDisposable)
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        else
            (_batching as IDisposable)?.Dispose();
    }
}
