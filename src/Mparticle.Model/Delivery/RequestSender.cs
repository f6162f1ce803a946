using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Mparticle.Compat;

namespace Mparticle;

/// <summary>
/// Sends a <see cref="WireRequest"/> with retries: transient failures are retried after <c>Retry-After</c> or a
/// jittered back-off, within the attempt and time budgets; a 413 splits the request; caller cancellation stops
/// everything at once, during a back-off too. Every attempt sends the request's identical bytes.
/// </summary>
internal sealed class RequestSender
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly ProductInfoHeaderValue UserAgent = new("Mparticle.Model", typeof(RequestSender).Assembly.GetName().Version?.ToString(3) ?? "0");

    private readonly HttpClient _client;
    private readonly Uri _baseUri;
    private readonly Credentials _credentials;
    private readonly TimeSpan _requestTimeout;
    private readonly RetryOptions _retry;
    private readonly TimeProvider _time;
    private readonly DebugTrace? _trace;
    private readonly Backoff _backoff;

    public RequestSender(HttpClient client, Uri baseUri, Credentials credentials, TimeSpan requestTimeout, RetryOptions retry, TimeProvider time, DebugTrace? trace, Func<double>? random = null)
    {
        _client = client;
        _baseUri = baseUri;
        _credentials = credentials;
        _requestTimeout = requestTimeout;
        _retry = retry;
        _time = time;
        _trace = trace;
        _backoff = new Backoff(retry.InitialBackoff, retry.MaxBackoff, random ?? SharedRandom.NextDouble);
    }

    /// <summary>A test seam: told the length of every wait once it has started.</summary>
    internal Action<TimeSpan>? WaitObserver { get; set; }

    public async Task<UploadResult> SendAsync(WireRequest request, CancellationToken cancellationToken)
    {
        var tally = new Tally(_time.GetTimestamp());
        await SendWithRetriesAsync(request, tally, cancellationToken).ConfigureAwait(false);
        return new UploadResult(tally.LastStatus, tally.PercentageUsed, tally.Attempts, tally.Requests);
    }

    private async Task SendWithRetriesAsync(WireRequest request, Tally tally, CancellationToken cancellationToken)
    {
        var url = new Uri(_baseUri, request.Path);
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var remaining = _retry.MaxElapsedTime - _time.GetElapsedTime(tally.Started);
            var timeout = remaining < _requestTimeout && _retry.Enabled && remaining > TimeSpan.Zero ? remaining : _requestTimeout;
            tally.Attempts++;
            var outcome = await AttemptAsync(url, request, attempt, timeout, cancellationToken).ConfigureAwait(false);
            if (outcome.IsSuccess)
            {
                tally.Requests++;
                tally.LastStatus = outcome.Status!.Value;
                tally.PercentageUsed = outcome.PercentageUsed ?? tally.PercentageUsed;
                return;
            }

            if (outcome.Status == (HttpStatusCode)413)
            {
                var parts = request.Split?.Invoke();
                if (parts is null)
                {
                    throw outcome.ToException(url, attempt, "Not retried: the request is too large for the server and cannot be divided further.", _credentials);
                }

                _trace?.Note("413 Payload Too Large: sending the request as " + parts.Count.ToString(CultureInfo.InvariantCulture) + " smaller requests.");
                foreach (var part in parts)
                {
                    await SendWithRetriesAsync(part, tally, cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            if (!outcome.IsTransient)
            {
                throw outcome.ToException(url, attempt, "Not retried: the same request would fail again.", _credentials);
            }

            if (!_retry.Enabled || attempt >= _retry.MaxAttempts)
            {
                throw outcome.ToException(url, attempt, Attempts(attempt) + "; the failure is transient, so the same batches may be sent again later.", _credentials);
            }

            var wait = outcome.RetryAfter ?? _backoff.Next(attempt);
            var elapsed = _time.GetElapsedTime(tally.Started);
            if (elapsed + wait > _retry.MaxElapsedTime)
            {
                throw outcome.ToException(
                    url,
                    attempt,
                    Attempts(attempt) + ": the next retry, in " + Seconds(wait) + " s, would pass the retry time budget of " + Seconds(_retry.MaxElapsedTime) + " s; the failure is transient, so the same batches may be sent again later.",
                    _credentials);
            }

            _trace?.Note("retrying in " + Seconds(wait) + " s" + (outcome.RetryAfter is null ? " (back-off)" : " (Retry-After)") + ".");
            var delay = TimeProviderCompat.Delay(_time, wait, cancellationToken);

            // Told after the timer exists, so a test clock advanced from the observer releases this very wait.
            WaitObserver?.Invoke(wait);
            await delay.ConfigureAwait(false);
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(Uri url, WireRequest request, int attempt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var body = request.Body;
        var segment = MemoryMarshal.TryGetArray(body, out var array) ? array : new ArraySegment<byte>(body.ToArray());
        if (request.Lease is { } lease && !lease.TryAcquire())
        {
            throw new ObjectDisposedException(nameof(PackedRequest), "The request was disposed while it was being sent.");
        }

        using var content = new RequestBodyContent(segment, request.Lease);
        content.Headers.ContentType = JsonContentType;
        using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        message.Headers.Authorization = _credentials.CreateHeader();
        message.Headers.UserAgent.Add(UserAgent);
        _trace?.Request(message, body, attempt);

        using var timeoutSource = TimeProviderCompat.CreateTimeoutSource(_time, timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var started = _time.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var responseBody = await HttpContentCompat.ReadAsByteArrayAsync(response.Content, linked.Token).ConfigureAwait(false);
            _trace?.Response(response, responseBody, _time.GetElapsedTime(started));
            return AttemptOutcome.FromResponse(response, responseBody, _time.GetUtcNow());
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout, or the timeout of an HttpClient the caller gave us: either way the server did not answer in time.
            _trace?.Note("no answer within " + Seconds(timeout) + " s.");
            return AttemptOutcome.FromTimeout(timeout, new TimeoutException("No answer within " + Seconds(timeout) + " s.", exception));
        }
        catch (HttpRequestException exception)
        {
            _trace?.Note("network error: " + exception.Message);
            return AttemptOutcome.FromNetworkError(exception);
        }
        catch (IOException exception)
        {
            _trace?.Note("network error: " + exception.Message);
            return AttemptOutcome.FromNetworkError(exception);
        }
    }

    private static string Attempts(int attempts) =>
        "Gave up after " + attempts.ToString(CultureInfo.InvariantCulture) + (attempts == 1 ? " attempt" : " attempts");

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Totals of one upload call, over its retries and split parts.</summary>
    private sealed class Tally
    {
        public Tally(long started) => Started = started;

        public long Started { get; }

        public int Attempts { get; set; }

        public int Requests { get; set; }

        public HttpStatusCode LastStatus { get; set; }

        public int? PercentageUsed { get; set; }
    }
}
