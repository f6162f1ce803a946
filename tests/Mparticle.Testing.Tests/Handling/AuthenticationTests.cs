using System.Net.Http.Headers;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Handling;

public class AuthenticationTests
{
    private static readonly MparticleReceiverOptions Configured = new() { ApiKey = "key", ApiSecret = "secret" };

    [Fact]
    public async Task ARequestWithoutCredentialsIsAnswered401WithABasicChallenge()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Configured);
        using var client = new ReceiverClient(receiver, apiKey: null);

        using var response = await client.PostAsync("events", Some.Batch());

        ((int)response.StatusCode).ShouldBe(401);
        response.Headers.WwwAuthenticate.Single().Scheme.ShouldBe("Basic");
        receiver.Statistics.BatchCount.ShouldBe(0);
    }

    [Fact]
    public async Task AWrongSecretIsAnswered403()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Configured);
        using var client = new ReceiverClient(receiver, "key", "wrong");

        (await client.PostForTextAsync("events", Some.Batch())).Status.ShouldBe(403);
    }

    [Theory]
    [InlineData("Bearer abc")]
    [InlineData("Basic !!!")]
    [InlineData("Basic a2V5")]
    public async Task AnUnreadableAuthorizationHeaderIsAnswered403(string header)
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver, apiKey: null);
        client.Http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        (await client.PostForTextAsync("events", Some.Batch())).Status.ShouldBe(403);
    }

    [Fact]
    public async Task TheRightCredentialsAreAcceptedEvenWithTheSchemeInAnotherCase()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Configured);
        using var client = new ReceiverClient(receiver, apiKey: null);
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("basic", ReceiverClient.Basic("key", "secret").Parameter);

        (await client.PostForTextAsync("events", Some.Batch())).Status.ShouldBe(202);
        receiver.Requests.Single().ApiKey.ShouldBe("key");
    }

    [Fact]
    public async Task WithoutConfiguredCredentialsAnyKeyAndSecretAreAcceptedButNoneIsStill401()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var anyone = new ReceiverClient(receiver, "some-key", "whatever");
        using var nobody = new ReceiverClient(receiver, apiKey: null);

        (await anyone.PostForTextAsync("events", Some.Batch())).Status.ShouldBe(202);
        (await nobody.PostForTextAsync("events", Some.Batch())).Status.ShouldBe(401);
        receiver.Requests[0].ApiKey.ShouldBe("some-key");
    }

    [Fact]
    public async Task CredentialsAreUtf8()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { ApiKey = "clé", ApiSecret = "sécret" });
        using var client = new ReceiverClient(receiver, "clé", "sécret");

        (await client.PostForTextAsync("events", Some.Batch())).Status.ShouldBe(202);
    }

    [Fact]
    public async Task RecordsKeepTheHeadersButNotTheSecret()
    {
        await using var receiver = await MparticleReceiver.StartAsync(Configured);
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("events", Some.Batch());

        var headers = receiver.Requests.Single().Headers;
        headers["authorization"].ShouldBe("Basic [redacted]");
        headers["Content-Type"].ShouldStartWith("application/json");
    }

    [Fact]
    public async Task AKeyWithoutASecretIsRefusedAtStart()
    {
        await Should.ThrowAsync<ArgumentException>(() => MparticleReceiver.StartAsync(new() { ApiKey = "key" }));
    }
}
