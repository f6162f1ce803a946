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
}
