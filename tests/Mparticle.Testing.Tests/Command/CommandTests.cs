using System.Text.RegularExpressions;
using Mparticle.Testing.Command;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Command;

public class CommandTests
{
    [Fact]
    public async Task TheCommandPrintsEachRequestAndASummaryWhenStopped()
    {
        var output = new StringWriter();
        var stop = new TaskCompletionSource();
        var running = ReceiverCommand.RunAsync(["--port", "0"], output, _ => null, stop.Task);
        var baseUrl = await BaseUrlAsync(output);

        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Authorization = ReceiverClient.Basic("my-key", "x");
            using var content = Some.Json(Some.Bulk(Some.Batch("a", eventJson: [Some.CustomEvent(), Some.ScreenView()]), Some.Batch("b", 1)));
            (await http.PostAsync(baseUrl + "/bulkevents", content)).Dispose();
            http.DefaultRequestHeaders.Authorization = null;
            (await http.PostAsync(baseUrl + "/events", Some.Json("{}"))).Dispose();
        }

        stop.SetResult();
        (await running).ShouldBe(0);
        var text = output.ToString();
        text.ShouldContain("Accepting any API key and secret");
        text.ShouldContain("requests without credentials still get 401");
        text.ShouldMatch(@"202 POST /v2/bulkevents \d+ B key my-key: 2 users, 2 batches, 3 events \(custom_event 2, screen_view 1\)");
        text.ShouldMatch(@"401 POST /v2/events 0 B");
        text.ShouldContain("Summary: 2 requests (202: 1, 401: 1)");
        text.ShouldContain("events: 3 (custom_event 2, screen_view 1)");
        text.ShouldContain("users: 2 (a 2, b 1)");
    }

    [Fact]
    public async Task KeyAndSecretComeFromTheEnvironmentWhenNotGiven()
    {
        var output = new StringWriter();
        var stop = new TaskCompletionSource();
        var environment = new Dictionary<string, string> { ["MPARTICLE_API_KEY"] = "env-key", ["MPARTICLE_API_SECRET"] = "env-secret" };
        var running = ReceiverCommand.RunAsync(["--port", "0", "--quiet"], output, name => environment.GetValueOrDefault(name), stop.Task);
        var baseUrl = await BaseUrlAsync(output);

        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Authorization = ReceiverClient.Basic("env-key", "wrong");
            (await http.PostAsync(baseUrl + "/events", Some.Json(Some.Batch()))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
            http.DefaultRequestHeaders.Authorization = ReceiverClient.Basic("env-key", "env-secret");
            (await http.PostAsync(baseUrl + "/events", Some.Json(Some.Batch()))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted);
        }

        stop.SetResult();
        await running;
        output.ToString().ShouldContain("Requiring API key 'env-key'");
        output.ToString().ShouldNotContain("POST /v2/events");
    }

    [Fact]
    public async Task AConsoleThatCannotKeepUpHoldsNoRequestAndTheLinesItMissedAreCountedInTheSummary()
    {
        using var output = new BlockingWriter();
        var stop = new TaskCompletionSource();
        var running = ReceiverCommand.RunAsync(["--port", "0"], output, _ => null, stop.Task, queueCapacity: 3);
        var baseUrl = await BaseUrlAsync(output);

        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            http.DefaultRequestHeaders.Authorization = ReceiverClient.Basic("my-key", "x");
            for (var i = 0; i < 10; i++)
            {
                // The console is stuck on the first line: each answer must still come at once.
                using var response = await http.PostAsync(baseUrl + "/events", Some.Json(Some.Batch("a", 1)));
                response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted);
            }
        }

        output.BlockedLines.ShouldBe(1);
        output.Release();
        stop.SetResult();
        (await running).ShouldBe(0);
        var text = output.ToString();
        // One line was being written when the others came, three waited in the queue, six found it full.
        Regex.Count(text, "202 POST /v2/events").ShouldBe(4);
        text.ShouldContain("6 request lines not printed: the console could not keep up (the counts below are exact).");
        text.ShouldContain("Summary: 10 requests (202: 10)");
    }

    [Fact]
    public void TheCommandLineIsParsed()
    {
        var settings = CommandSettings.Parse(
            ["--port", "9000", "--api-key", "k", "--api-secret", "s", "--lenient", "--rate-limit", "270", "--jsonl", "out.jsonl", "--fault-status", "429", "--fault-probability", "0.25", "--seed", "7"],
            _ => "ignored");

        settings.Options.Port.ShouldBe(9000);
        settings.Options.ApiKey.ShouldBe("k");
        settings.Options.ApiSecret.ShouldBe("s");
        settings.Options.Validation.ShouldBe(ReceiverValidation.Lenient);
        settings.Options.BatchesPerSecondLimit.ShouldBe(270);
        settings.Options.JsonlPath.ShouldBe("out.jsonl");
        settings.FaultStatus.ShouldBe(429);
        settings.FaultProbability.ShouldBe(0.25);
        settings.Seed.ShouldBe(7);
        CommandSettings.Parse([], _ => null).Options.Port.ShouldBe(CommandSettings.DefaultPort);
    }

    [Theory]
    [InlineData("--port", "x")]
    [InlineData("--port", "70000")]
    [InlineData("--api-key", "k")]
    [InlineData("--bogus")]
    [InlineData("--fault-probability", "2")]
    public async Task AnInvalidCommandLineExitsWith2AndPrintsUsage(params string[] args)
    {
        var output = new StringWriter();

        (await ReceiverCommand.RunAsync(args, output, _ => null, Task.CompletedTask)).ShouldBe(2);

        output.ToString().ShouldContain("Usage: dotnet run --project src/Mparticle.Testing -- [options]");
    }

    private static async Task<string> BaseUrlAsync(StringWriter output)
    {
        for (var i = 0; i < 200; i++)
        {
            var match = Regex.Match(output.ToString(), @"listening on (http://127\.0\.0\.1:\d+/v2)");
            if (match.Success)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The command did not start: " + output);
    }

    /// <summary>A console whose first request line blocks until <see cref="Release"/>, as a terminal paused by a selection does.</summary>
    private sealed class BlockingWriter : StringWriter
    {
        private readonly ManualResetEventSlim _released = new();
        private int _blocked;

        public int BlockedLines => Volatile.Read(ref _blocked);

        public void Release() => _released.Set();

        public override void WriteLine(string? value)
        {
            if (value is not null && value.Contains(" POST ", StringComparison.Ordinal) && Interlocked.Increment(ref _blocked) == 1)
            {
                _released.Wait(TimeSpan.FromSeconds(30));
            }

            lock (this)
            {
                base.WriteLine(value);
            }
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }

        protected override void Dispose(bool disposing)
        {
            _released.Dispose();
            base.Dispose(disposing);
        }
    }
}
