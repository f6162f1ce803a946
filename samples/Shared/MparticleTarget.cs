using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Mparticle.Testing;

namespace Mparticle.Samples;

/// <summary>
/// Where a sample sends its events, chosen from four settings (environment variables, or any configuration key
/// of the same name): <c>MPARTICLE_API_KEY</c> and <c>MPARTICLE_API_SECRET</c> send to mParticle, in the pod
/// named by <c>MPARTICLE_POD</c> (default <c>us1</c>); <c>MPARTICLE_BASE_URL</c> sends to any compatible server
/// instead (a proxy, a receiver started by hand); with none of them, a local receiver is started in-process.
/// </summary>
/// <remarks>
/// The sink itself is configured in <c>appsettings.json</c>; the target only supplies the four values that
/// depend on it, as configuration keys laid over the file (<see cref="SinkSettings"/>).
/// </remarks>
sealed class MparticleTarget : IAsyncDisposable
{
    public const string ApiKeySetting = "MPARTICLE_API_KEY";
    public const string ApiSecretSetting = "MPARTICLE_API_SECRET";
    public const string PodSetting = "MPARTICLE_POD";
    public const string BaseUrlSetting = "MPARTICLE_BASE_URL";

    /// <summary>The pod used when <c>MPARTICLE_POD</c> is not set: <c>us1</c>.</summary>
    public const string DefaultPod = "us1";

    /// <summary>The credentials the local receiver requires (and that a server given by URL alone is sent).</summary>
    public const string LocalApiKey = "local-key";
    public const string LocalApiSecret = "local-secret";

    MparticleTarget(string apiKey, string apiSecret, string pod, string? serverUrl, MparticleReceiver? receiver)
    {
        ApiKey = apiKey;
        ApiSecret = apiSecret;
        Pod = pod;
        ServerUrl = serverUrl;
        Receiver = receiver;
    }

    public string ApiKey { get; }

    public string ApiSecret { get; }

    public string Pod { get; }

    /// <summary>The Events API base URL when not a pod's: the local receiver's or <c>MPARTICLE_BASE_URL</c>.</summary>
    public string? ServerUrl { get; }

    /// <summary>The receiver started in-process, or <c>null</c> when sending elsewhere.</summary>
    public MparticleReceiver? Receiver { get; }

    /// <summary>The Events API base URL the sink posts to.</summary>
    public Uri BaseUri => new(ServerUrl ?? $"https://s2s.{Pod.ToLowerInvariant()}.mparticle.com/v2");

    /// <summary>One line for the console: where the events go.</summary>
    public string Description => Receiver is not null
        ? $"the local mParticle receiver at {BaseUri} (no MPARTICLE_API_KEY / MPARTICLE_API_SECRET set)"
        : ServerUrl is not null
            ? $"{BaseUri} (MPARTICLE_BASE_URL) with API key {ApiKey}"
            : $"mParticle pod {Pod.ToUpperInvariant()} ({BaseUri}) with API key {ApiKey}";

    /// <summary>Chooses the target from the settings, starting the local receiver when none is given.</summary>
    /// <exception cref="InvalidOperationException">Only one of the key and the secret is set.</exception>
    public static async Task<MparticleTarget> ResolveAsync(Func<string, string?> setting, CancellationToken cancellationToken = default)
    {
        var apiKey = NonEmpty(setting(ApiKeySetting));
        var apiSecret = NonEmpty(setting(ApiSecretSetting));
        var pod = NonEmpty(setting(PodSetting)) ?? DefaultPod;
        var baseUrl = NonEmpty(setting(BaseUrlSetting));

        if ((apiKey is null) != (apiSecret is null))
            throw new InvalidOperationException($"Set both {ApiKeySetting} and {ApiSecretSetting}, or neither (to use a local receiver).");

        if (apiKey is not null && apiSecret is not null)
            return new MparticleTarget(apiKey, apiSecret, pod, baseUrl, receiver: null);
        if (baseUrl is not null)
            return new MparticleTarget(LocalApiKey, LocalApiSecret, pod, baseUrl, receiver: null);

        var receiver = await MparticleReceiver.StartAsync(
            new MparticleReceiverOptions { ApiKey = LocalApiKey, ApiSecret = LocalApiSecret },
            cancellationToken);
        return new MparticleTarget(LocalApiKey, LocalApiSecret, pod, receiver.BaseUrl, receiver);
    }

    /// <summary>
    /// The configuration keys that point the <c>WriteTo</c> entry at <paramref name="sinkSection"/> (for example
    /// <c>Serilog:WriteTo:Mparticle</c>) to this target: its credentials, pod and URL.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> SinkSettings(string sinkSection)
    {
        yield return new($"{sinkSection}:Args:apiKey", ApiKey);
        yield return new($"{sinkSection}:Args:apiSecret", ApiSecret);
        yield return new($"{sinkSection}:Args:options:Pod", Pod);
        if (ServerUrl is not null)
            yield return new($"{sinkSection}:Args:options:ServerUrl", ServerUrl);
    }

    public ValueTask DisposeAsync() => Receiver?.DisposeAsync() ?? ValueTask.CompletedTask;

    static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
