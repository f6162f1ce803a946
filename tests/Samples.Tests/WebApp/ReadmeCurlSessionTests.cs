using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mparticle.Samples.Tests.Support;

namespace Mparticle.Samples.Tests.WebApp;

/// <summary>
/// The README's "Try the web app" session, run as written (each curl command becomes the same HTTP request)
/// against the web app with no MPARTICLE_* settings: its own local receiver gets the events.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed partial class ReadmeCurlSessionTests
{
    const string ReadmeAddress = "http://127.0.0.1:5080";

    [Fact]
    public async Task TheReadmeSessionSignsInBrowsesSearchesChecksOutAndSeesTheEventsInTheLocalReceiver()
    {
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(25));
        var session = Repository.ReadmeBlocks("bash", Repository.ReadmeSection("The samples")).Single()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        session[0].ShouldStartWith($"dotnet run --project samples/WebApp --urls {ReadmeAddress}");
        var requests = session.Skip(1).Select(Curl.Parse).ToList();
        requests.Count.ShouldBe(5);

        // Whatever this machine's environment says: no credentials and no URL, so the app starts a local receiver.
        var settings = new Dictionary<string, string?> { ["MPARTICLE_API_KEY"] = "", ["MPARTICLE_API_SECRET"] = "", ["MPARTICLE_BASE_URL"] = "" };
        await using var shop = await WebAppHost.StartAsync(settings, bounded.Token);
        var address = shop.App.Urls.Single();

        using var withCookies = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
        using var withoutCookies = new HttpClient(new HttpClientHandler { UseCookies = false });
        foreach (var curl in requests.SkipLast(1))
        {
            using var response = await (curl.UsesCookies ? withCookies : withoutCookies).SendAsync(curl.ToRequest(ReadmeAddress, address), bounded.Token);
            response.IsSuccessStatusCode.ShouldBeTrue($"{curl}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(bounded.Token)}");
        }

        // The last command shows what the local receiver accepted, once the sink's 2-second period has passed.
        JsonElement received;
        do
        {
            await Task.Delay(250, bounded.Token);
            using var response = await withoutCookies.SendAsync(requests[^1].ToRequest(ReadmeAddress, address), bounded.Token);
            received = JsonDocument.Parse(await response.Content.ReadAsStringAsync(bounded.Token)).RootElement.Clone();
        }
        while (received.GetProperty("eventCount").GetInt64() < 4);

        received.GetProperty("eventCount").GetInt64().ShouldBe(4);
        received.GetProperty("eventCountsByUser").GetProperty("ada").GetInt64().ShouldBe(3);
        received.GetProperty("eventCountsByUser").GetProperty("bob").GetInt64().ShouldBe(1);
        received.GetProperty("eventCountsByType").GetProperty("CommerceEvent").GetInt64().ShouldBe(1);
    }

    /// <summary>A curl command line of the README: method, headers, body, cookies and URL.</summary>
    sealed partial record Curl(HttpMethod Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, string? Body, bool UsesCookies)
    {
        public static Curl Parse(string line)
        {
            var words = Words().Matches(line.Split(" # ")[0]).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
            words[0].ShouldBe("curl");
            string? method = null, body = null, url = null;
            var headers = new List<(string, string)>();
            var usesCookies = false;
            for (var i = 1; i < words.Count; i++)
            {
                switch (words[i])
                {
                    case "-X": method = words[++i]; break;
                    case "-H":
                        var header = words[++i].Split(':', 2);
                        headers.Add((header[0].Trim(), header[1].Trim()));
                        break;
                    case "-d": body = words[++i]; break;
                    case "-b" or "-c": usesCookies = true; i++; break;
                    default:
                        words[i].ShouldStartWith("http", customMessage: $"an unknown curl option in: {line}");
                        url = words[i];
                        break;
                }
            }

            return new Curl(new HttpMethod(method ?? (body is null ? "GET" : "POST")), url!, headers, body, usesCookies);
        }

        public HttpRequestMessage ToRequest(string readmeAddress, string address)
        {
            var request = new HttpRequestMessage(Method, Url.Replace(readmeAddress, address, StringComparison.Ordinal));
            var contentType = Headers.Where(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();
            foreach (var (name, value) in Headers.Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
                request.Headers.Add(name, value);
            if (Body is not null)
                request.Content = new StringContent(Body, Encoding.UTF8, contentType ?? "application/x-www-form-urlencoded");
            return request;
        }

        [GeneratedRegex(@"'([^']*)'|(\S+)")]
        private static partial Regex Words();
    }
}
