using System.Net;

namespace Mparticle.Testing.Tests.Readme;

/// <summary>
/// The C# snippets of README.md's "The local receiver" section, compiled and run here. Each snippet is the text
/// between a <c>// begin-snippet: NAME</c> and <c>// end-snippet</c> line; <see cref="ReadmeTests"/> checks that the
/// README holds exactly these texts.
/// </summary>
public class ReadmeSnippets
{
    [Fact]
    public async Task TheInProcessSnippetRuns()
    {
        // begin-snippet: receiver-in-process
        await using var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions
        {
            ApiKey = "test-key",
            ApiSecret = "test-secret",
        });

        // BaseUrl includes /v2 (http://127.0.0.1:PORT/v2), like https://s2s.mparticle.com/v2.
        using var api = new EventsApi(new Configuration("test-key", "test-secret") { BaseUrl = receiver.BaseUrl });
        var batch = new Batch
        {
            Environment = MparticleEnvironment.Development,
            UserIdentities = new UserIdentities { CustomerId = "user-42" },
        };
        batch.Events.Add(new AppEvent("Signed up", CustomEventType.Navigation));
        await api.BulkUploadEventsAsync([batch]);

        await receiver.WaitForEventsAsync(1, TimeSpan.FromSeconds(5));
        var signedUp = (AppEvent)receiver.EventsFor("user-42").Single();
        var statistics = receiver.Statistics;   // exact counts: per user, per event type, duplicates, statuses
        // end-snippet

        signedUp.EventName.ShouldBe("Signed up");
        statistics.EventCountsByUser["user-42"].ShouldBe(1);
        statistics.DuplicateCount.ShouldBe(0);
        receiver.Batches.Single().SourceRequestId.ShouldNotBeNull();
    }

    [Fact]
    public async Task TheFaultsSnippetRuns()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new Support.ReceiverClient(receiver);

        // begin-snippet: receiver-faults
        receiver.Faults
            .Next(ReceiverFault.Status(503), count: 2)                           // the next two requests
            .Next(ReceiverFault.TooManyRequests(TimeSpan.FromSeconds(1)))        // then a 429 with Retry-After: 1
            .Next(ReceiverFault.SlowResponse(TimeSpan.FromSeconds(2)))           // recorded, answered 2 s late
            .Next(ReceiverFault.DropConnection())                                // no answer at all
            .WithProbability(ReceiverFault.Status(500), 0.05, seed: 42)          // then 5 % of requests, reproducibly
            .RefuseContent("Bad Event", "Event name not allowed.")              // 400 to any request holding this text
            .LimitRate(270);                                                     // and 429 above 270 batches/s
        // end-snippet

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostForTextAsync("events", Support.Some.Batch())).Status);
        }

        statuses.ShouldBe([503, 503, 429]);
        receiver.Faults.BatchesPerSecondLimit.ShouldBe(270);
        HttpStatusCode.Accepted.ShouldBe((HttpStatusCode)202);
    }
}
