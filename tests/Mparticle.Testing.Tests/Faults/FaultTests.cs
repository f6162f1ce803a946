using System.Diagnostics;
using System.Globalization;
using System.Net;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Faults;

public class FaultTests
{
    [Fact]
    public async Task AFaultForTheNextTwoRequestsHitsExactlyThoseTwo()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.Status(503), count: 2);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostForTextAsync("events", Some.Batch())).Status);
        }

        statuses.ShouldBe([503, 503, 202]);
        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Requests[0].Fault.ShouldBe("503");
        receiver.Requests[2].Fault.ShouldBeNull();
    }

    [Fact]
    public async Task ScheduledFaultsAreShownInTheOrderTheyWereAdded()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.Status(500)).Next(ReceiverFault.Status(502)).Next(ReceiverFault.Status(504));

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostForTextAsync("events", Some.Batch())).Status);
        }

        statuses.ShouldBe([500, 502, 504, 202]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task AServerErrorIsAnsweredWithItsStatusAndNothingIsRecorded(int status)
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.Status(status));

        using var response = await client.PostAsync("bulkevents", Some.Bulk(Some.Batch("a", 1, "id")));

        ((int)response.StatusCode).ShouldBe(status);
        receiver.Statistics.BatchCount.ShouldBe(0);
        receiver.Statistics.RequestCountsByStatus[status].ShouldBe(1);
    }

    [Fact]
    public async Task A503CanCarryRetryAfter()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.Status(503, TimeSpan.FromSeconds(7)));

        using var response = await client.PostAsync("events", Some.Batch());

        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A429WithRetryAfterInSecondsNamesTheLimitExceeded()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.TooManyRequests(TimeSpan.FromSeconds(1.2), "app"));

        using var response = await client.PostAsync("events", Some.Batch());

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.GetValues("Retry-After").Single().ShouldBe("2");
        response.Headers.GetValues("X-mp-rate-limit-exceeded").Single().ShouldBe("app");
        receiver.Requests.Single().Fault.ShouldBe("429 Retry-After: 2 X-mp-rate-limit-exceeded: app");
    }

    [Fact]
    public async Task A429WithRetryAfterAsAnHttpDate()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        var when = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));
        receiver.Faults.Next(ReceiverFault.TooManyRequests(when));

        using var response = await client.PostAsync("events", Some.Batch());

        response.Headers.GetValues("Retry-After").Single().ShouldBe("Wed, 02 Jan 2030 01:04:05 GMT");
        response.Headers.RetryAfter!.Date.ShouldBe(when);
        response.Headers.GetValues("X-mp-rate-limit-exceeded").Single().ShouldBe("org");
    }

    [Fact]
    public async Task A429WithoutRetryAfter()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.TooManyRequests());

        using var response = await client.PostAsync("events", Some.Batch());

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.Contains("Retry-After").ShouldBeFalse();
        response.Headers.GetValues("X-mp-rate-limit-exceeded").Single().ShouldBe("org");
    }

    [Fact]
    public async Task ASlowResponseRecordsTheBatchThenAnswersLateSoATimedOutRetryIsADuplicate()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var impatient = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.SlowResponse(TimeSpan.FromMinutes(1)));
        var body = Some.Bulk(Some.Batch("a", 2, "id-1"));

        using var retrying = new ReceiverClient(receiver);

        // The client gives up (its "timeout") only once the receiver has recorded the batch and is still holding the
        // answer: the order is fixed by waiting on the receiver, not by a race between a short timeout and the machine's speed.
        using var timeout = new CancellationTokenSource();
        var timingOut = impatient.PostAsync("bulkevents", body, timeout.Token);
        await receiver.WaitForEventsAsync(2, TimeSpan.FromSeconds(30));
        timingOut.IsCompleted.ShouldBeFalse();
        await timeout.CancelAsync();
        await Should.ThrowAsync<TaskCanceledException>(() => timingOut);
        (await retrying.PostForTextAsync("bulkevents", body)).Status.ShouldBe(202);

        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Statistics.DuplicateCount.ShouldBe(1);
    }

    [Fact]
    public async Task ASlowResponseIsAnswered202AfterTheDelay()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.SlowResponse(TimeSpan.FromMilliseconds(300)));

        var watch = Stopwatch.StartNew();
        var (status, _) = await client.PostForTextAsync("events", Some.Batch());

        status.ShouldBe(202);
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
        receiver.Requests.Single().Duration.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
    }

    [Fact]
    public async Task DisposingTheReceiverAnswersASlowResponseAtOnce()
    {
        var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.SlowResponse(TimeSpan.FromMinutes(1)));
        var posting = client.PostAsync("events", Some.Batch());
        await receiver.WaitForEventsAsync(1, TimeSpan.FromSeconds(5));

        var watch = Stopwatch.StartNew();
        await receiver.DisposeAsync();

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        using var response = await posting;
        ((int)response.StatusCode).ShouldBe(202);
    }

    [Fact]
    public async Task ADroppedConnectionGivesTheClientATransportErrorAndRecordsNothingButTheRequest()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.DropConnection());

        await Should.ThrowAsync<HttpRequestException>(() => client.PostAsync("bulkevents", Some.Bulk(Some.Batch("a", 1, "id"))));
        await receiver.WaitForRequestsAsync(1, TimeSpan.FromSeconds(5));
        (await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a", 1, "id")))).Status.ShouldBe(202);

        receiver.Requests[0].StatusCode.ShouldBe(0);
        receiver.Requests[0].Fault.ShouldBe("drop connection");
        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Statistics.DuplicateCount.ShouldBe(0);
    }

    [Fact]
    public async Task RandomFaultsFollowTheSeedSoARunCanBeRepeated()
    {
        async Task<string> RunAsync()
        {
            await using var receiver = await MparticleReceiver.StartAsync();
            using var client = new ReceiverClient(receiver);
            receiver.Faults.WithProbability(ReceiverFault.Status(503), 0.3, seed: 42);
            var statuses = new List<int>();
            for (var i = 0; i < 40; i++)
            {
                statuses.Add((await client.PostForTextAsync("events", Some.Batch())).Status);
            }

            return string.Join(",", statuses);
        }

        var first = await RunAsync();
        var second = await RunAsync();

        second.ShouldBe(first);
        var faults = first.Split(',').Count(status => status == "503");
        faults.ShouldBeInRange(4, 20);
    }

    [Fact]
    public async Task ClearRemovesEveryFault()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.Status(500), 5).WithProbability(ReceiverFault.Status(503), 1, 1).LimitRate(1);

        receiver.Faults.Clear();

        (await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a"), Some.Batch("b")))).Status.ShouldBe(202);
        receiver.Faults.BatchesPerSecondLimit.ShouldBeNull();
    }

    [Fact]
    public void FaultArgumentsAreChecked()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ReceiverFault.Status(200));
        Should.Throw<ArgumentOutOfRangeException>(() => ReceiverFault.TooManyRequests(TimeSpan.FromSeconds(-1)));
        Should.Throw<ArgumentOutOfRangeException>(() => ReceiverFault.SlowResponse(TimeSpan.FromSeconds(-1)));
        ReceiverFault.SlowResponse(TimeSpan.FromMilliseconds(1.5)).ToString().ShouldBe("delay " + 1.5.ToString(CultureInfo.InvariantCulture) + " ms");
    }

    [Fact]
    public async Task ARequestHoldingRefusedContentIsAnswered400WithTheMessageAndNothingOfItIsRecorded()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.RefuseContent("Bad Event", "Event name 'Bad Event' is not allowed.");

        var refused = await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a", 1, "id-1"), Some.Batch("b", eventJson: [Some.CustomEvent("Bad Event")], sourceRequestId: "id-2")));
        var accepted = await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a", 1, "id-1")));

        refused.Status.ShouldBe(400);
        refused.Body.ShouldBe("{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"Event name 'Bad Event' is not allowed.\"}]}");
        accepted.Status.ShouldBe(202);
        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Statistics.DuplicateCount.ShouldBe(0); // the refused request's ids were not remembered
        receiver.Requests[0].Fault.ShouldBe("refused content");
        receiver.Requests[0].Error.ShouldBe("Event name 'Bad Event' is not allowed.");
    }

    [Fact]
    public async Task ContentRefusalsLastUntilCleared()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.RefuseContent("Bad Event");
        var body = Some.Batch("a", eventJson: [Some.CustomEvent("Bad Event")]);

        var statuses = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            statuses.Add((await client.PostForTextAsync("events", body)).Status);
        }

        receiver.Faults.Clear();
        statuses.Add((await client.PostForTextAsync("events", body)).Status);

        statuses.ShouldBe([400, 400, 202]);
        receiver.Requests[0].Error.ShouldBe("The request holds refused content 'Bad Event'.");
    }
}
