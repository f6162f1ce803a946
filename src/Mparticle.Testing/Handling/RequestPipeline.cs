using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Mparticle.Testing.Faults;
using Mparticle.Testing.Inspection;
using Mparticle.Testing.Recording;
using Mparticle.Testing.Validation;

namespace Mparticle.Testing.Handling;

/// <summary>
/// Answers one request: route, authenticate, show a scripted fault, read the body within the limit, inspect it once,
/// validate with the model, apply the rate limit, de-duplicate, record, answer. Everything shared is lock-free except a fault plan
/// that has faults scripted.
/// </summary>
internal sealed class RequestPipeline : IDisposable
{
    private readonly BasicAuthenticator _authenticator;
    private readonly FaultPlan _faults;
    private readonly BatchRateMeter _meter;
    private readonly ReceiverRecords _records;
    private readonly JsonlWriter? _jsonl;
    private readonly TimeProvider _time;
    private readonly bool _strict;
    private readonly Action<ReceivedRequest, IReadOnlyList<ScannedBatch>>? _onRequest;
    private readonly CancellationTokenSource _stopping = new();

    public RequestPipeline(MparticleReceiverOptions options, FaultPlan faults, BatchRateMeter meter, ReceiverRecords records, JsonlWriter? jsonl)
    {
        _authenticator = new BasicAuthenticator(options.ApiKey, options.ApiSecret);
        _faults = faults;
        _meter = meter;
        _records = records;
        _jsonl = jsonl;
        _time = options.TimeProvider;
        _strict = options.Validation == ReceiverValidation.Strict;
        _onRequest = options.OnRequest;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var started = _time.GetTimestamp();
        var request = context.Request;
        var record = new ReceivedRequest(request.Method, request.Path.Value ?? string.Empty, CopyHeaders(request.Headers), _time.GetUtcNow());
        var exchange = new Exchange(record);
        try
        {
            await AnswerAsync(context, exchange).ConfigureAwait(false);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // The client went away (or the connection was dropped on purpose): recorded below with status 0.
        }
        finally
        {
            record.Duration = _time.GetElapsedTime(started);

            // A connection closed before the answer went out answered nothing.
            record.StatusCode = exchange.Dropped || context.RequestAborted.IsCancellationRequested ? 0 : context.Response.StatusCode;

            var body = exchange.Body;
            if (body is not null && _records.TryReserveBody(body.Length))
            {
                record.BodyBytes = body.Span.ToArray();
            }

            _records.RecordRequest(record);
            _onRequest?.Invoke(record, exchange.Accepted);
            var line = _jsonl is null ? null : JsonlWriter.Format(record, exchange.BodyIsJson && body is not null ? body.Span : default);
            body?.Dispose();
            if (line is not null)
            {
                await _jsonl!.WriteAsync(line, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task AnswerAsync(HttpContext context, Exchange exchange)
    {
        var record = exchange.Record;
        var request = context.Request;
        var response = context.Response;
        var endpoint = Route(request.Path);
        if (endpoint == ReceiverEndpoint.None)
        {
            await Responses.ErrorAsync(response, StatusCodes.Status404NotFound, "NOT_FOUND", $"No Events API endpoint at {request.Path}; use POST /v2/events, /v2/bulkevents or /v2/bulkevents/historical.").ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = "POST";
            Responses.Empty(response, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var (authStatus, apiKey) = _authenticator.Authenticate(request.Headers.Authorization);
        if (authStatus != 0)
        {
            if (authStatus == StatusCodes.Status401Unauthorized)
            {
                response.Headers.WWWAuthenticate = "Basic realm=\"mParticle\"";
            }

            Responses.Empty(response, authStatus);
            return;
        }

        record.ApiKey = apiKey;
        var fault = _faults.Take();
        record.Fault = fault?.ToString();
        if (fault?.Kind == FaultKind.DropConnection)
        {
            record.Bytes = await RequestBody.ReadSomeAsync(request.BodyReader, context.RequestAborted).ConfigureAwait(false);
            context.Abort();
            exchange.Dropped = true;
            return;
        }

        if (_strict && !IsJson(request.ContentType))
        {
            await RejectAsync(response, record, $"Content-Type '{request.ContentType}' is not JSON: the Events API takes application/json.").ConfigureAwait(false);
            return;
        }

        if (_strict && request.Headers.ContentEncoding is { Count: > 0 } encoding && !string.Equals(encoding.ToString(), "identity", StringComparison.OrdinalIgnoreCase))
        {
            await RejectAsync(response, record, $"Content-Encoding '{encoding}' is not supported: the Events API takes plain JSON.").ConfigureAwait(false);
            return;
        }

        var body = await RequestBody.ReadAsync(request.BodyReader, request.ContentLength, ReceiverLimits.MaxRequestBytesExclusive, context.RequestAborted).ConfigureAwait(false);
        exchange.Body = body;
        record.Bytes = body.IsTooLarge ? body.TooLargeBytes : body.Length;
        if (fault?.Kind == FaultKind.Status)
        {
            Responses.Fault(response, fault);
            return;
        }

        if (body.IsTooLarge)
        {
            var size = request.ContentLength is null ? "reached" : "is";
            await RejectAsync(response, record, string.Create(CultureInfo.InvariantCulture, $"The request body {size} {body.TooLargeBytes:N0} bytes; a request must be smaller than {ReceiverLimits.MaxRequestBytesExclusive:N0} bytes (256 KB of 1000 bytes).")).ConfigureAwait(false);
            return;
        }

        if (_faults.RefusalFor(body.Span) is { } refusal)
        {
            record.Fault = "refused content";
            await RejectAsync(response, record, refusal).ConfigureAwait(false);
            return;
        }

        List<ScannedBatch> batches;
        try
        {
            batches = EnvelopeScanner.Scan(body.Span, endpoint != ReceiverEndpoint.Events, _strict);
        }
        catch (RequestRejectedException ex)
        {
            await RejectAsync(response, record, ex.Message).ConfigureAwait(false);
            return;
        }

        record.BatchCount = batches.Count;
        exchange.BodyIsJson = true;
        foreach (var batch in batches)
        {
            if (batch.Problem is null && BatchReader.Read(body.Span, batch, _strict) is { } problem)
            {
                if (_strict)
                {
                    await RejectAsync(response, record, problem).ConfigureAwait(false);
                    return;
                }

                batch.Problem = problem;
            }
        }

        if (!_meter.TryAdmit(batches.Count, out var percentUsed, out var retryAfter))
        {
            Responses.Fault(response, ReceiverFault.TooManyRequests(retryAfter));
            record.Fault = "rate limit " + _meter.Limit + " batches/s";
            return;
        }

        exchange.Accepted = Accept(endpoint, apiKey!, batches, record);
        Responses.Accepted(response, percentUsed);
        if (fault?.Kind == FaultKind.Delay)
        {
            // A receiver being disposed answers at once rather than holding its shutdown for the delay.
            using var delay = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(fault.Delay, delay.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
        }
    }

    private List<ScannedBatch> Accept(ReceiverEndpoint endpoint, string apiKey, List<ScannedBatch> batches, ReceivedRequest record)
    {
        var accepted = new List<ScannedBatch>(batches.Count);
        var nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var batch in batches)
        {
            if (batch.Problem is not null)
            {
                record.InvalidBatchCount++;
                record.Error ??= "Invalid batches were acknowledged but not recorded: " + batch.Problem;
                continue;
            }

            if (endpoint == ReceiverEndpoint.Historical && HistoricalSkipReason(batch, nowMs) is not null)
            {
                record.SkippedBatchCount++;
                continue;
            }

            if (!_records.Duplicates.IsFirst(apiKey, batch.SourceRequestId))
            {
                record.DuplicateCount++;
                continue;
            }

            if (endpoint == ReceiverEndpoint.Historical)
            {
                // What mParticle marks on batches that came through the historical endpoint (spec §6).
                (batch.Batch!.SourceInfo ??= new SourceInformation()).IsHistorical = true;
            }

            _records.RecordBatch(new RecordedBatch(batch));
            record.AcceptedBatchCount++;
            record.EventCount += batch.EventTypes.Count;
            accepted.Add(batch);
        }

        return accepted;
    }

    /// <summary>Ends the delays of slow responses, before the server stops.</summary>
    public void Stop() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();

    /// <summary>Spec §6: the historical endpoint does not process a batch without events, with an untimed event, or with an event under 72 hours old.</summary>
    internal static string? HistoricalSkipReason(ScannedBatch batch, long nowUnixtimeMs)
    {
        if (batch.EventTypes.Count == 0)
        {
            return "no events";
        }

        if (batch.HasUntimedEvent)
        {
            return "an event without timestamp_unixtime_ms";
        }

        return batch.NewestEventUnixtimeMs > nowUnixtimeMs - ReceiverLimits.HistoricalMinimumAgeMs ? "an event less than 72 hours old" : null;
    }

    /// <summary>Answers 400 with <paramref name="message"/>, which the request's record keeps as its error.</summary>
    private static Task RejectAsync(HttpResponse response, ReceivedRequest record, string message)
    {
        record.Error = message;
        return Responses.BadRequestAsync(response, message);
    }

    private static ReceiverEndpoint Route(PathString path)
    {
        var value = path.Value.AsSpan().TrimEnd('/');
        return value switch
        {
            "/v2/events" => ReceiverEndpoint.Events,
            "/v2/bulkevents" => ReceiverEndpoint.BulkEvents,
            "/v2/bulkevents/historical" => ReceiverEndpoint.Historical,
            _ => ReceiverEndpoint.None,
        };
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string> CopyHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            copy[name] = string.Equals(name, HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase) ? Redact(values.ToString()) : values.ToString();
        }

        return copy;
    }

    private static string Redact(string authorization) =>
        authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? "Basic [redacted]" : "[redacted]";
}
