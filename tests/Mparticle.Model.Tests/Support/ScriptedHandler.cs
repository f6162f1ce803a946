using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Mparticle.Tests.Support;

/// <summary>An in-test HTTP handler that answers from a script and records every request it saw.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<ReceivedRequest, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly Func<ReceivedRequest, CancellationToken, Task<HttpResponseMessage>> _fallback;
    private readonly TimeProvider _time;

    public ScriptedHandler(TimeProvider? time = null, Func<ReceivedRequest, CancellationToken, Task<HttpResponseMessage>>? fallback = null)
    {
        _time = time ?? TimeProvider.System;
        _fallback = fallback ?? ((_, _) => Task.FromResult(Reply.Accepted()));
    }

    public List<ReceivedRequest> Requests { get; } = [];

    public bool Disposed { get; private set; }

    public ScriptedHandler Then(HttpResponseMessage response)
    {
        _script.Enqueue((_, _) => Task.FromResult(response));
        return this;
    }

    public ScriptedHandler Then(Func<ReceivedRequest, CancellationToken, Task<HttpResponseMessage>> step)
    {
        _script.Enqueue(step);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var received = new ReceivedRequest(request.Method, request.RequestUri!, request.Headers.Authorization, request.Content?.Headers.ContentType, body, _time.GetUtcNow());
        lock (Requests)
        {
            Requests.Add(received);
        }

        var step = _script.TryDequeue(out var next) ? next : _fallback;
        return await step(received, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}

internal sealed record ReceivedRequest(HttpMethod Method, Uri Uri, AuthenticationHeaderValue? Authorization, MediaTypeHeaderValue? ContentType, byte[] Body, DateTimeOffset At)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}

internal static class Reply
{
    public static HttpResponseMessage Accepted(string? percentageUsed = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.Accepted);
        if (percentageUsed is not null)
        {
            response.Headers.TryAddWithoutValidation("X-mp-rate-limit-percentage-used", percentageUsed);
        }

        return response;
    }

    public static HttpResponseMessage Status(int status, string? body = null, string? retryAfter = null, string? rateLimitExceeded = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status);
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        if (rateLimitExceeded is not null)
        {
            response.Headers.TryAddWithoutValidation("X-mp-rate-limit-exceeded", rateLimitExceeded);
        }

        return response;
    }

    /// <summary>Never answers; only the cancellation token (a timeout or the caller) ends it.</summary>
    public static Func<ReceivedRequest, CancellationToken, Task<HttpResponseMessage>> Hang(TaskCompletionSource? arrived = null) => async (_, token) =>
    {
        arrived?.TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, token);
        throw new InvalidOperationException("unreachable");
    };
}

/// <summary>Builds clients against a <see cref="ScriptedHandler"/> on a fake clock whose waits pass instantly.</summary>
internal static class TestApi
{
    public const string Key = "test-key-ü";
    public const string Secret = "s3cr3t-Sëcret-Value-0123456789";

    public static Configuration Configuration(FakeTimeProvider? time = null, Action<RetryOptions>? retry = null)
    {
        var configuration = new Configuration(Key, Secret)
        {
            BaseUrl = "http://127.0.0.1:9/v2",
            TimeProvider = time ?? new FakeTimeProvider(),
        };
        retry?.Invoke(configuration.Retry);
        return configuration;
    }

    /// <summary>
    /// A client whose back-off waits are released at once by advancing the fake clock by exactly the wait, so
    /// the clock shows when each request would really have been sent. The jitter is fixed at <paramref name="jitter"/>.
    /// </summary>
    public static EventsApi Create(ScriptedHandler handler, FakeTimeProvider time, List<TimeSpan>? waits = null, double jitter = 0.5, Configuration? configuration = null)
    {
        var api = new EventsApi(configuration ?? Configuration(time), handler, null, () => jitter);
        api.Sender.WaitObserver = wait =>
        {
            waits?.Add(wait);
            time.Advance(wait);
        };
        return api;
    }

    public static WireRequest Request(string body = "[{\"events\":[]}]", string path = MparticleEndpoints.BulkEvents) =>
        new(path, Encoding.UTF8.GetBytes(body));
}
