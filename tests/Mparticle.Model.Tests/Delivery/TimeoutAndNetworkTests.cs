using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Delivery;

public class TimeoutAndNetworkTests
{
    [Fact]
    public async Task AnAttemptWithoutAnAnswerTimesOutOnTheConfiguredClock()
    {
        var time = new FakeTimeProvider();
        var arrived = new TaskCompletionSource();
        var handler = new ScriptedHandler(time).Then(Reply.Hang(arrived));
        var configuration = TestApi.Configuration(time, retry => retry.Enabled = false);
        configuration.RequestTimeout = TimeSpan.FromSeconds(5);
        using var api = TestApi.Create(handler, time, configuration: configuration);

        var upload = api.SendAsync(TestApi.Request(), default);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(4.9));
        upload.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(0.1));

        var exception = await Should.ThrowAsync<MparticleApiException>(() => upload.WaitAsync(TimeSpan.FromSeconds(10)));
        exception.StatusCode.ShouldBeNull();
        exception.IsTransient.ShouldBeTrue();
        exception.InnerException.ShouldBeOfType<TimeoutException>();
        exception.Message.ShouldContain("timed out after 5 s");
    }

    [Fact]
    public async Task ATimedOutAttemptIsRetried()
    {
        var time = new FakeTimeProvider();
        var arrived = new TaskCompletionSource();
        var handler = new ScriptedHandler(time).Then(Reply.Hang(arrived)).Then(Reply.Accepted());
        var configuration = TestApi.Configuration(time);
        configuration.RequestTimeout = TimeSpan.FromSeconds(5);
        using var api = TestApi.Create(handler, time, configuration: configuration);

        var upload = api.SendAsync(TestApi.Request(), default);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(5));

        var result = await upload.WaitAsync(TimeSpan.FromSeconds(10));
        result.Attempts.ShouldBe(2);
        handler.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task TheTimeoutOfACallersHttpClientCountsAsATimeout()
    {
        using var handler = new ScriptedHandler(fallback: Reply.Hang());
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(50) };
        var configuration = new Configuration(TestApi.Key, TestApi.Secret) { BaseUrl = "http://127.0.0.1:9/v2" };
        configuration.Retry.Enabled = false;
        using var api = new EventsApi(configuration, client);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        exception.StatusCode.ShouldBeNull();
        exception.IsTransient.ShouldBeTrue();
        exception.InnerException.ShouldBeOfType<TimeoutException>();
    }

    [Fact]
    public async Task ARefusedConnectionIsRetriedThenThrownAsTransient()
    {
        var configuration = new Configuration(TestApi.Key, TestApi.Secret) { BaseUrl = "http://127.0.0.1:" + ClosedPort() + "/v2" };
        configuration.Retry.MaxAttempts = 3;
        configuration.Retry.InitialBackoff = TimeSpan.FromMilliseconds(1);
        using var api = new EventsApi(configuration);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        exception.StatusCode.ShouldBeNull();
        exception.IsTransient.ShouldBeTrue();
        exception.Attempts.ShouldBe(3);
        exception.InnerException.ShouldBeOfType<HttpRequestException>();
        exception.Message.ShouldContain("Gave up after 3 attempts");
    }

    [Fact]
    public async Task TheDefaultHandlerReachesARealServer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            var buffer = new byte[65536];
            var received = "";
            while (!received.Contains("[1]"))
            {
                var read = await socket.ReceiveAsync(buffer);
                if (read == 0)
                {
                    break;
                }

                received += System.Text.Encoding.UTF8.GetString(buffer, 0, read);
            }

            await socket.SendAsync("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\nX-mp-rate-limit-percentage-used: 5\r\nConnection: close\r\n\r\n"u8.ToArray());
            return received;
        });
        using var api = new EventsApi(new Configuration(TestApi.Key, TestApi.Secret) { BaseUrl = "http://127.0.0.1:" + port + "/v2" });

        var result = await api.SendAsync(TestApi.Request("[1]"), default);

        result.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        result.RateLimitPercentageUsed.ShouldBe(5);
        var request = await server;
        request.ShouldStartWith("POST /v2/bulkevents HTTP/1.1");
        request.ShouldContain("Content-Type: application/json");
    }

    [Fact]
    public void DisposingTheClientLeavesACallersHandlerAndHttpClientAlone()
    {
        using var handler = new ScriptedHandler();
        using (new EventsApi(TestApi.Configuration(), handler))
        {
        }

        handler.Disposed.ShouldBeFalse();

        using var client = new HttpClient(handler, disposeHandler: true);
        using (new EventsApi(TestApi.Configuration(), client))
        {
        }

        handler.Disposed.ShouldBeFalse();
        client.DefaultRequestHeaders.ShouldNotBeNull();
    }

    [Fact]
    public void TheDefaultHandlerIsAPooledSocketsHandlerWithABoundedConnectionLifetime()
    {
        using var handler = Mparticle.Compat.HttpHandlerFactory.Create(new Uri("https://s2s.us1.mparticle.com/v2/"), TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(7));

        var sockets = handler.ShouldBeOfType<SocketsHttpHandler>();
        sockets.PooledConnectionLifetime.ShouldBe(TimeSpan.FromMinutes(3));
        sockets.ConnectTimeout.ShouldBe(TimeSpan.FromSeconds(7));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
