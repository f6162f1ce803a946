using Microsoft.Extensions.Time.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Http;

public class ConfigurationTests
{
    [Theory]
    [InlineData(MparticlePod.US1, "https://s2s.us1.mparticle.com/v2/bulkevents")]
    [InlineData(MparticlePod.US2, "https://s2s.us2.mparticle.com/v2/bulkevents")]
    [InlineData(MparticlePod.EU1, "https://s2s.eu1.mparticle.com/v2/bulkevents")]
    [InlineData(MparticlePod.AU1, "https://s2s.au1.mparticle.com/v2/bulkevents")]
    public async Task EachPodSendsToItsOwnHost(MparticlePod pod, string expected)
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time);
        var configuration = TestApi.Configuration(time);
        configuration.BaseUrl = null;
        configuration.Pod = pod;
        using var api = TestApi.Create(handler, time, configuration: configuration);

        await api.SendAsync(TestApi.Request(), default);

        handler.Requests[0].Uri.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v2", "http://127.0.0.1:5000/v2/events")]
    [InlineData("http://127.0.0.1:5000/v2/", "http://127.0.0.1:5000/v2/events")]
    [InlineData("https://proxy.example/mparticle/v2", "https://proxy.example/mparticle/v2/events")]
    public async Task AnyBaseUrlWinsOverThePod(string baseUrl, string expected)
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time);
        var configuration = TestApi.Configuration(time);
        configuration.Pod = MparticlePod.EU1;
        configuration.BaseUrl = baseUrl;
        using var api = TestApi.Create(handler, time, configuration: configuration);

        await api.SendAsync(TestApi.Request("{}", MparticleEndpoints.Events), default);

        handler.Requests[0].Uri.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("", "secret", "ApiKey")]
    [InlineData("key", "", "ApiSecret")]
    public void MissingCredentialsAreRejectedWhenTheClientIsCreated(string key, string secret, string named)
    {
        var exception = Should.Throw<ArgumentException>(() => new EventsApi(new Configuration(key, secret)));

        exception.Message.ShouldContain(named);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/v2")]
    [InlineData("/v2")]
    [InlineData("https://user:pass@example.com/v2")]
    public void AnInvalidBaseUrlIsRejected(string baseUrl)
    {
        Should.Throw<ArgumentException>(() => new EventsApi(new Configuration("key", "secret") { BaseUrl = baseUrl }))
            .Message.ShouldNotContain("pass@");
    }

    [Fact]
    public void OutOfRangeSettingsAreRejectedWithTheirName()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new EventsApi(new Configuration("k", "s") { RequestTimeout = TimeSpan.Zero }))
            .ParamName.ShouldBe("RequestTimeout");
        var retry = new Configuration("k", "s");
        retry.Retry.MaxAttempts = 0;
        Should.Throw<ArgumentOutOfRangeException>(() => new EventsApi(retry)).ParamName.ShouldBe("MaxAttempts");
    }

    [Fact]
    public void TheDefaultsAreTheDocumentedOnes()
    {
        var configuration = new Configuration();

        configuration.Pod.ShouldBe(MparticlePod.US1);
        configuration.RequestTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        configuration.ConnectionLifetime.ShouldBe(TimeSpan.FromMinutes(5));
        configuration.Retry.Enabled.ShouldBeTrue();
        configuration.Retry.MaxAttempts.ShouldBe(5);
        configuration.Retry.InitialBackoff.ShouldBe(TimeSpan.FromSeconds(1));
        configuration.Retry.MaxBackoff.ShouldBe(TimeSpan.FromSeconds(30));
        configuration.Retry.MaxElapsedTime.ShouldBe(TimeSpan.FromMinutes(2));
        configuration.Limits.MaxBatchesPerRequest.ShouldBe(100);
        configuration.Limits.MaxBatchBytes.ShouldBe(128_000);
        configuration.Limits.MaxRequestBytes.ShouldBe(255_999);
        configuration.TimeProvider.ShouldBe(TimeProvider.System);
        configuration.Debug.ShouldBeFalse();
    }

    [Fact]
    public void ChangingTheConfigurationAfterCreatingTheClientDoesNotAffectIt()
    {
        var configuration = TestApi.Configuration();
        using var api = new EventsApi(configuration);

        configuration.Retry.MaxAttempts = 0;
        configuration.ApiSecret = "";

        Should.NotThrow(() => new EventsApi(TestApi.Configuration()).Dispose());
    }
}
