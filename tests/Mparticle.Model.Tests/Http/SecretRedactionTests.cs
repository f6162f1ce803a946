using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Http;

public class SecretRedactionTests
{
    private static readonly string Token = Convert.ToBase64String(Encoding.UTF8.GetBytes(TestApi.Key + ":" + TestApi.Secret));

    public static TheoryData<string> Failures => ["400", "401", "403", "413", "429", "503", "echo", "timeout", "network"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task TheSecretIsAbsentFromEveryExceptionAndFromTheDebugTrace(string failure)
    {
        var time = new FakeTimeProvider();
        var trace = new List<string>();
        var handler = new ScriptedHandler(time, (request, token) => failure switch
        {
            // A misbehaving proxy that echoes the credentials back in its error body.
            "echo" => Task.FromResult(Reply.Status(400, "{\"errors\":[{\"code\":\"" + TestApi.Secret + "\",\"message\":\"Basic " + Token + "\"}]}")),
            "timeout" => Reply.Hang()(request, token),
            "network" => throw new HttpRequestException("Connection reset by peer"),
            _ => Task.FromResult(Reply.Status(int.Parse(failure), "{\"errors\":[{\"code\":\"X\",\"message\":\"" + TestApi.Secret + "\"}]}", retryAfter: "1")),
        });
        var configuration = TestApi.Configuration(time, retry => retry.MaxAttempts = 2);
        configuration.Debug = true;
        configuration.DebugWriter = trace.Add;
        configuration.RequestTimeout = TimeSpan.FromSeconds(1);
        using var api = TestApi.Create(handler, time, configuration: configuration);

        var upload = api.SendAsync(TestApi.Request(), default);
        while (!upload.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        var exception = await Should.ThrowAsync<MparticleApiException>(() => upload);
        foreach (var text in new[] { exception.Message, exception.ToString(), string.Join("\n", exception.Errors), configuration.ToString() }.Concat(trace))
        {
            text.ShouldNotContain(TestApi.Secret);
            text.ShouldNotContain(Token);
        }

        trace.ShouldContain(line => line.Contains("Authorization: Basic (redacted)"));
    }

    [Fact]
    public async Task TheDebugTraceShowsRequestsAndResponsesWithTheAuthorizationRedacted()
    {
        var time = new FakeTimeProvider();
        var trace = new List<string>();
        var handler = new ScriptedHandler(time).Then(Reply.Status(503, "{\"errors\":[]}")).Then(Reply.Accepted("50"));
        var configuration = TestApi.Configuration(time);
        configuration.Debug = true;
        configuration.DebugWriter = trace.Add;
        using var api = TestApi.Create(handler, time, configuration: configuration);

        await api.SendAsync(TestApi.Request("[{\"environment\":\"development\"}]"), default);

        var all = string.Join("\n", trace);
        all.ShouldContain("POST http://127.0.0.1:9/v2/bulkevents");
        all.ShouldContain("Authorization: Basic (redacted)");
        all.ShouldContain("[{\"environment\":\"development\"}]");
        all.ShouldContain("mParticle response: 503");
        all.ShouldContain("retrying in 0.5 s (back-off)");
        all.ShouldContain("X-mp-rate-limit-percentage-used: 50");
        all.ShouldNotContain(TestApi.Secret);
        all.ShouldNotContain(Token);
    }

    [Fact]
    public void TheConfigurationDescribesItselfWithoutTheSecret()
    {
        var configuration = new Configuration("key-1", "very-secret") { Pod = MparticlePod.EU1 };

        var text = configuration.ToString();

        text.ShouldContain("key-1");
        text.ShouldContain("https://s2s.eu1.mparticle.com/v2");
        text.ShouldNotContain("very-secret");
    }

    [Fact]
    public void NoTextOfTheClientRevealsTheSecret()
    {
        using var api = new EventsApi(TestApi.Configuration());

        api.ToString()!.ShouldNotContain(TestApi.Secret);
    }
}
