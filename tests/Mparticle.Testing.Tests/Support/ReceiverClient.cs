using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Mparticle.Testing.Tests.Support;

/// <summary>Plain HTTP posts to a receiver, so tests control every byte and header.</summary>
internal sealed class ReceiverClient : IDisposable
{
    private readonly HttpClient _http;

    public ReceiverClient(MparticleReceiver receiver, string? apiKey = "key", string? apiSecret = "secret")
    {
        _http = new HttpClient { BaseAddress = new Uri(receiver.BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            _http.DefaultRequestHeaders.Authorization = Basic(apiKey, apiSecret ?? string.Empty);
        }
    }

    public HttpClient Http => _http;

    public static AuthenticationHeaderValue Basic(string key, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":" + secret)));

    /// <summary>Posts <paramref name="json"/> to <paramref name="path"/> (relative to the base URL, e.g. <c>bulkevents</c>).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string json) => PostAsync(path, json, CancellationToken.None);

    /// <summary>Posts like <see cref="PostAsync(string, string)"/>, giving up when <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string json, CancellationToken cancellationToken) =>
        _http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);

    public async Task<(int Status, string Body)> PostForTextAsync(string path, string json)
    {
        using var response = await PostAsync(path, json);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _http.Dispose();
}
