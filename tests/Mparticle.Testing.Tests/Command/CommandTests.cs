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
}
