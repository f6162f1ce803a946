using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Recording;

public class DuplicateTests
{
    [Fact]
    public async Task ARepeatedSourceRequestIdIsAcknowledgedButNotRecordedTwice()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        var body = Some.Bulk(Some.Batch("a", 2, "id-1"), Some.Batch("b", 1, "id-2"));

        (await client.PostForTextAsync("bulkevents", body)).Status.ShouldBe(202);
        (await client.PostForTextAsync("bulkevents", body)).Status.ShouldBe(202);

        var statistics = receiver.Statistics;
        statistics.BatchCount.ShouldBe(2);
        statistics.EventCount.ShouldBe(3);
        statistics.DuplicateCount.ShouldBe(2);
        receiver.Requests[1].DuplicateCount.ShouldBe(2);
        receiver.Requests[1].AcceptedBatchCount.ShouldBe(0);
    }

    [Fact]
    public async Task ARepeatInsideOneRequestIsADuplicateToo()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a", 1, "same"), Some.Batch("a", 1, "same")));

        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Statistics.DuplicateCount.ShouldBe(1);
    }

    [Fact]
    public async Task DeDuplicationIsPerApiKey()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var first = new ReceiverClient(receiver, "key-1", "s");
        using var second = new ReceiverClient(receiver, "key-2", "s");

        await first.PostForTextAsync("events", Some.Batch("a", 1, "id"));
        await second.PostForTextAsync("events", Some.Batch("a", 1, "id"));

        receiver.Statistics.BatchCount.ShouldBe(2);
        receiver.Statistics.DuplicateCount.ShouldBe(0);
    }

    [Fact]
    public async Task BatchesWithoutSourceRequestIdAreNeverDuplicates()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("events", Some.Batch("a"));
        await client.PostForTextAsync("events", Some.Batch("a"));

        receiver.Statistics.BatchCount.ShouldBe(2);
    }

    [Fact]
    public async Task ARequestAnsweredWithAnErrorDoesNotRememberItsIds()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        receiver.Faults.Next(ReceiverFault.Status(503));
        var body = Some.Bulk(Some.Batch("a", 1, "id-1"));

        (await client.PostForTextAsync("bulkevents", body)).Status.ShouldBe(503);
        (await client.PostForTextAsync("bulkevents", body + " x")).Status.ShouldBe(400);
        (await client.PostForTextAsync("bulkevents", body)).Status.ShouldBe(202);

        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Statistics.DuplicateCount.ShouldBe(0);
    }

    [Fact]
    public async Task BeyondTheCapTheOldestIdsAreForgottenFirstAndTheNewestStillDeDuplicate()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { MaxRememberedRequestIds = 2 });
        using var client = new ReceiverClient(receiver);

        foreach (var id in new[] { "id-1", "id-2", "id-3" })
        {
            (await client.PostForTextAsync("events", Some.Batch("a", 1, id))).Status.ShouldBe(202);
        }

        receiver.Statistics.ForgottenRequestIdCount.ShouldBe(1);
        await client.PostForTextAsync("events", Some.Batch("a", 1, "id-3")); // remembered: a duplicate
        await client.PostForTextAsync("events", Some.Batch("a", 1, "id-1")); // forgotten: recorded again, and id-2 goes

        var statistics = receiver.Statistics;
        statistics.DuplicateCount.ShouldBe(1);
        statistics.BatchCount.ShouldBe(4);
        statistics.ForgottenRequestIdCount.ShouldBe(2);
        receiver.Batches.Select(b => b.SourceRequestId).ShouldBe(["id-1", "id-2", "id-3", "id-1"]);
        await client.PostForTextAsync("events", Some.Batch("a", 1, "id-2"));
        receiver.Statistics.BatchCount.ShouldBe(5);
    }

    [Fact]
    public async Task ManyConcurrentRequestsKeepTheRememberedIdsWithinTheCap()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { MaxRememberedRequestIds = 50 });
        using var client = new ReceiverClient(receiver);

        await Parallel.ForAsync(0, 40, async (i, _) =>
            (await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a", 1, "id-" + i + "-a"), Some.Batch("b", 1, "id-" + i + "-b")))).Status.ShouldBe(202));

        var statistics = receiver.Statistics;
        statistics.BatchCount.ShouldBe(80);
        statistics.ForgottenRequestIdCount.ShouldBe(30);
        receiver.RememberedRequestIdCount.ShouldBe(50);
    }

    [Fact]
    public async Task ACapOfZeroRemembersNothingSoNothingIsADuplicate()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { MaxRememberedRequestIds = 0 });
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("events", Some.Batch("a", 1, "same"));
        await client.PostForTextAsync("events", Some.Batch("a", 1, "same"));

        receiver.Statistics.BatchCount.ShouldBe(2);
        receiver.Statistics.DuplicateCount.ShouldBe(0);
    }

    [Fact]
    public async Task ANegativeCapIsRefusedAtStart()
    {
        var exception = await Should.ThrowAsync<ArgumentOutOfRangeException>(() => MparticleReceiver.StartAsync(new() { MaxRememberedRequestIds = -1 }));

        exception.ParamName.ShouldBe("MaxRememberedRequestIds");
    }
}
