using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Recording;

public class RecordTests
{
    [Fact]
    public async Task EveryRequestIsRecordedWithMethodPathBytesTimeAndStatus()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var receiver = await MparticleReceiver.StartAsync(new() { TimeProvider = time });
        using var client = new ReceiverClient(receiver);
        var body = Some.Bulk(Some.Batch("a", 2), Some.Batch("b", 3));

        await client.PostForTextAsync("bulkevents", body);
        await client.PostForTextAsync("events", "{");

        var (accepted, rejected) = (receiver.Requests[0], receiver.Requests[1]);
        accepted.Method.ShouldBe("POST");
        accepted.Path.ShouldBe("/v2/bulkevents");
        accepted.Bytes.ShouldBe(System.Text.Encoding.UTF8.GetByteCount(body));
        accepted.ReceivedAt.ShouldBe(time.GetUtcNow());
        accepted.StatusCode.ShouldBe(202);
        accepted.BatchCount.ShouldBe(2);
        accepted.AcceptedBatchCount.ShouldBe(2);
        accepted.EventCount.ShouldBe(5);
        accepted.Body.ShouldBe(body);
        rejected.StatusCode.ShouldBe(400);
        rejected.Error!.ShouldStartWith("Malformed JSON in the batch:");
    }

    [Fact]
    public async Task StatisticsCountEventsPerUserAndPerType()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("bulkevents", Some.Bulk(
            Some.Batch("a", eventJson: [Some.CustomEvent(), Some.ScreenView(), Some.ScreenView()]),
            Some.Batch("b", eventJson: [Some.CustomEvent()]),
            "{\"user_identities\":{\"email\":\"c@example.com\"},\"events\":[]}",
            "{\"mpid\":-42,\"events\":[" + Some.ScreenView() + "]}",
            "{\"events\":[" + Some.ScreenView() + "]}"));

        var statistics = receiver.Statistics;
        statistics.EventCountsByType.ShouldBe(new Dictionary<EventType, long> { [EventType.CustomEvent] = 2, [EventType.ScreenView] = 4 }, ignoreOrder: true);
        statistics.EventCountsByUser.ShouldBe(new Dictionary<string, long> { ["a"] = 3, ["b"] = 1, ["c@example.com"] = 0, ["-42"] = 1 }, ignoreOrder: true);
        statistics.EventCount.ShouldBe(6);
        statistics.BatchCount.ShouldBe(5);
        statistics.AcceptedRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task CustomerIdWinsOverOtherIdentitiesAsTheUserKeyAndCustomeridIsTheSameIdentity()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("bulkevents", Some.Bulk(
            "{\"user_identities\":{\"email\":\"x@example.com\",\"customer_id\":\"x\"},\"mpid\":7,\"events\":[" + Some.ScreenView() + "]}",
            "{\"user_identities\":{\"other\":\"o\",\"customerid\":\"y\"},\"events\":[" + Some.ScreenView() + "]}"));

        receiver.Statistics.EventCountsByUser.Keys.ShouldBe(["x", "y"], ignoreOrder: true);
    }

    [Fact]
    public async Task WaitingForEventsCompletesWhenTheyArrive()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var waiting = receiver.WaitForEventsAsync(5, TimeSpan.FromSeconds(10));
        waiting.IsCompleted.ShouldBeFalse();
        await client.PostForTextAsync("events", Some.Batch("a", 3));
        waiting.IsCompleted.ShouldBeFalse();
        await client.PostForTextAsync("events", Some.Batch("a", 2));

        await waiting;
    }

    [Fact]
    public async Task WaitingForEventsTimesOutSayingHowManyArrived()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        await client.PostForTextAsync("events", Some.Batch("a", 3));

        var error = await Should.ThrowAsync<TimeoutException>(() => receiver.WaitForEventsAsync(4, TimeSpan.FromMilliseconds(100)));

        error.Message.ShouldBe("Waited 0.1 s for 4 events; 3 arrived.");
    }

    [Fact]
    public async Task RecordsAndBodiesAreKeptOnlyUpToTheirCapsWhileCountsStayExact()
    {
        var body = Some.Batch("a", 2);
        await using var receiver = await MparticleReceiver.StartAsync(new() { MaxRetainedBodyBytes = (body.Length * 2) + 1, MaxRetainedRequests = 3, MaxRetainedBatches = 4 });
        using var client = new ReceiverClient(receiver);

        for (var i = 0; i < 5; i++)
        {
            await client.PostForTextAsync("events", body);
        }

        receiver.Requests.Count.ShouldBe(3);
        receiver.Requests.Select(request => request.Body is not null).ShouldBe([true, true, false]);
        receiver.RecordedBatches.Count.ShouldBe(4);
        receiver.Statistics.RequestCount.ShouldBe(5);
        receiver.Statistics.BatchCount.ShouldBe(5);
        receiver.Statistics.EventCount.ShouldBe(10);
    }

    [Fact]
    public async Task WithNoBodyRetentionNoBodyIsKept()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { MaxRetainedBodyBytes = 0 });
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("events", Some.Batch());

        receiver.Requests.Single().Body.ShouldBeNull();
    }

    [Fact]
    public async Task EveryRequestIsAppendedToTheJsonlFileAsOneLine()
    {
        var path = Path.Combine(Path.GetTempPath(), "receiver-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            await using (var receiver = await MparticleReceiver.StartAsync(new() { JsonlPath = path }))
            {
                using var client = new ReceiverClient(receiver);
                await client.PostForTextAsync("bulkevents", "[\n" + Some.Batch("a", 2, "id-1") + "\n]");
                await client.PostForTextAsync("bulkevents", "[\n" + Some.Batch("a", 2, "id-1") + "\n]");
                await client.PostForTextAsync("events", "{oops");
            }

            var lines = await File.ReadAllLinesAsync(path);
            lines.Length.ShouldBe(3);
            using var first = JsonDocument.Parse(lines[0]);
            var root = first.RootElement;
            root.GetProperty("method").GetString().ShouldBe("POST");
            root.GetProperty("path").GetString().ShouldBe("/v2/bulkevents");
            root.GetProperty("status").GetInt32().ShouldBe(202);
            root.GetProperty("api_key").GetString().ShouldBe("key");
            root.GetProperty("events").GetInt32().ShouldBe(2);
            root.GetProperty("body")[0].GetProperty("source_request_id").GetString().ShouldBe("id-1");
            using var second = JsonDocument.Parse(lines[1]);
            second.RootElement.GetProperty("duplicates").GetInt32().ShouldBe(1);
            using var third = JsonDocument.Parse(lines[2]);
            third.RootElement.GetProperty("status").GetInt32().ShouldBe(400);
            third.RootElement.GetProperty("error").GetString()!.ShouldStartWith("Malformed JSON");
            third.RootElement.TryGetProperty("body", out _).ShouldBeFalse();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
