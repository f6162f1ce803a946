using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Counts every HTTP attempt the client makes, retries included, which the client's result alone cannot tell:
/// requests, body bytes, and answers by status (or the failure when there was no answer).
/// </summary>
sealed class MeteringHandler : DelegatingHandler
{
    readonly SinkCounters _counters;

    public MeteringHandler(HttpMessageHandler inner, SinkCounters counters)
        : base(inner)
    {
        _counters = counters;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _counters.Increment(SinkCounter.RequestsSent);
        _counters.Increment(SinkCounter.BytesSent, request.Content?.Headers.ContentLength ?? 0);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            _counters.Metrics?.RecordResponse((int)response.StatusCode);
            return response;
        }
        catch (OperationCanceledException)
        {
            // The client's per-attempt timeout, or the end of the shutdown timeout.
            _counters.Metrics?.RecordFailure(timedOut: true);
            throw;
        }
        catch (Exception)
        {
            _counters.Metrics?.RecordFailure(timedOut: false);
            throw;
        }
    }
}
