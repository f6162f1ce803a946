using Microsoft.Extensions.Time.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Readme;

/// <summary>
/// The code of README.md's "The Events API client" section. Each marked region below is compiled here, run
/// against an in-test handler, and must appear verbatim (up to indentation) in the README.
/// </summary>
public class ClientSnippets
{
    [Fact]
    public async Task TheReadmeSnippetsRun()
    {
        CreateClient().Dispose();
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(503)).Then(Reply.Accepted("12"));
        using var api = TestApi.Create(handler, time);

        await Upload(api, CancellationToken.None);
        await Pack(api, Sample.Batches(3), CancellationToken.None);
        handler.Then(Reply.Status(400, "{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"bad\"}]}"));
        (await HandleErrors(api, new BatchPacker().Pack(Sample.Batches(1)).Requests[0], CancellationToken.None)).ShouldBe("fix");

        handler.Requests.Count.ShouldBe(4);
    }

    [Fact]
    public void EverySnippetInTheReadmeIsCompiledHere()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..");
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var section = readme[readme.IndexOf("## The Events API client", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var source = File.ReadAllText(Path.Combine(root, "tests", "Mparticle.Model.Tests", "Readme", "ClientSnippets.cs"));
        var regions = new List<string>();
        List<string>? region = null;
        foreach (var line in source.Split('\n').Select(l => l.Trim()))
        {
            if (line == "// snippet")
            {
                region = [];
            }
            else if (line == "// end snippet" && region is not null)
            {
                regions.Add(Normalize(string.Join("\n", region)));
                region = null;
            }
            else
            {
                region?.Add(line);
            }
        }

        var blocks = section.Split("```csharp").Skip(1).Select(b => Normalize(b[..b.IndexOf("```", StringComparison.Ordinal)])).ToList();

        blocks.Count.ShouldBe(4);
        foreach (var block in blocks)
        {
            regions.ShouldContain(block);
        }
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static EventsApi CreateClient()
    {
        // snippet
        var configuration = new Configuration("your-api-key", "your-api-secret")
        {
            Pod = MparticlePod.EU1, // or BaseUrl = "http://127.0.0.1:5000/v2" for a local receiver or a proxy
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        configuration.Retry.MaxAttempts = 3;
        var api = new EventsApi(configuration); // one per credentials, reused: it pools connections
        // end snippet
        return api;
    }

    private static async Task Upload(EventsApi api, CancellationToken cancellationToken)
    {
        // snippet
        var batch = new Batch
        {
            Environment = MparticleEnvironment.Development,
            UserIdentities = new UserIdentities { CustomerId = "1234" },
        };
        batch.Events.Add(new AppEvent("Signed in", CustomEventType.Navigation));

        var result = await api.UploadEventsAsync(batch, cancellationToken);
        Console.WriteLine($"{result.StatusCode}; rate limit used: {result.RateLimitPercentageUsed}%");
        // end snippet
    }

    private static async Task Pack(EventsApi api, List<Batch> batches, CancellationToken cancellationToken)
    {
        // snippet
        var packer = new BatchPacker(); // reuse it: it keeps its buffers between calls
        using var packed = packer.Pack(batches); // disposing gives the request bodies back for reuse
        foreach (var rejection in packed.Rejections)
        {
            Console.WriteLine(rejection); // an event too large even alone: reported, never dropped silently
        }

        foreach (var request in packed.Requests)
        {
            await api.BulkUploadEventsAsync(request, cancellationToken);
        }
        // end snippet
    }

    private static async Task<string> HandleErrors(EventsApi api, PackedRequest request, CancellationToken cancellationToken)
    {
        // snippet
        try
        {
            await api.BulkUploadEventsAsync(request, cancellationToken);
        }
        catch (MparticleApiException e) when (e.IsTransient)
        {
            // Retries are used up (network, timeout, 429, 5xx). Keep the request and send it again later:
            // same bytes, same source_request_ids, so mParticle de-duplicates. e.RetryAfter says when.
            return "later";
        }
        catch (MparticleApiException e)
        {
            // 400, 401, 403: the data or the credentials must change. e.Errors holds mParticle's details.
            Console.WriteLine($"{e.StatusCode}: {string.Join("; ", e.Errors)}");
            return "fix";
        }
        // end snippet

        return "sent";
    }
}
