using System.Net;
using Microsoft.Extensions.Time.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Http;

public class UploadTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task UploadEventsPostsTheMparticleJsonOfTheBatchToEvents()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);
        var batch = Sample.Batch(events: 2);

        var result = await api.UploadEventsAsync(batch);

        result.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var request = handler.Requests.ShouldHaveSingleItem();
        request.Uri.AbsolutePath.ShouldBe("/v2/events");
        request.Body.ShouldBe(MparticleJson.SerializeToUtf8Bytes(batch));
        request.BodyText.ShouldContain("\"source_request_id\":\"" + batch.SourceRequestId + "\"");
    }

    [Fact]
    public async Task BulkUploadPostsTheMparticleJsonArrayToBulkEvents()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);
        var batches = Sample.Batches(3, events: 2);

        await api.BulkUploadEventsAsync(batches);

        var request = handler.Requests.ShouldHaveSingleItem();
        request.Uri.AbsolutePath.ShouldBe("/v2/bulkevents");
        request.Body.ShouldBe(MparticleJson.SerializeBulkToUtf8Bytes(batches));
    }

    [Fact]
    public async Task HistoricalUploadsGoToTheHistoricalEndpoint()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);

        await api.BulkUploadHistoricalEventsAsync(Sample.Batches(2));
        await api.BulkUploadHistoricalEventsAsync(new BatchPacker().Pack(Sample.Batches(2)).Requests[0]);

        handler.Requests.ShouldAllBe(r => r.Uri.AbsolutePath == "/v2/bulkevents/historical");
    }

    [Fact]
    public async Task APackedRequestIsSentWithItsExactBody()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);
        var packed = new BatchPacker().Pack(Sample.Batches(150)).Requests;

        foreach (var request in packed)
        {
            await api.BulkUploadEventsAsync(request);
        }

        handler.Requests.Select(r => r.Body).ShouldBe(packed.Select(p => p.Body.ToArray()));
    }

    [Fact]
    public async Task RetriesKeepTheFilledInIds()
    {
        var handler = new ScriptedHandler(_time).Then(Reply.Status(503)).Then(Reply.Status(429, retryAfter: "1"));
        using var api = TestApi.Create(handler, _time);
        var batch = Sample.Batch(events: 3);

        await api.UploadEventsAsync(batch);

        batch.SourceRequestId.ShouldNotBeNull();
        batch.Events.ShouldAllBe(e => e.SourceMessageId != null);
        handler.Requests.Count.ShouldBe(3);
        handler.Requests.Select(r => r.BodyText).Distinct().ShouldHaveSingleItem().ShouldContain(batch.SourceRequestId!);
    }

    [Fact]
    public async Task A413OnABulkRequestSendsEachHalfOfItsBatches()
    {
        var handler = new ScriptedHandler(_time).Then(Reply.Status(413));
        using var api = TestApi.Create(handler, _time);
        var batches = Sample.Batches(4);

        var result = await api.BulkUploadEventsAsync(batches);

        result.Requests.ShouldBe(2);
        handler.Requests.Count.ShouldBe(3);
        handler.Requests[1].Body.ShouldBe(MparticleJson.SerializeBulkToUtf8Bytes(batches.Take(2)));
        handler.Requests[2].Body.ShouldBe(MparticleJson.SerializeBulkToUtf8Bytes(batches.Skip(2)));
    }

    [Fact]
    public async Task A413OnASingleBatchSendsEachHalfOfItsEventsAsBatchesOfTheSameUser()
    {
        var handler = new ScriptedHandler(_time).Then(Reply.Status(413));
        using var api = TestApi.Create(handler, _time);
        var batch = Sample.Batch(events: 4);

        await api.UploadEventsAsync(batch);

        handler.Requests.Count.ShouldBe(3);
        var halves = handler.Requests.Skip(1).Select(r => MparticleJson.Deserialize(r.BodyText)).ToList();
        halves.ShouldAllBe(h => h.Events.Count == 2 && h.UserIdentities!.CustomerId == "user-1");
        halves.SelectMany(h => h.Events).Select(e => e.SourceMessageId).ShouldBe(batch.Events.Select(e => e.SourceMessageId));
        halves[0].SourceRequestId.ShouldNotBe(batch.SourceRequestId);
        halves[1].SourceRequestId.ShouldNotBe(batch.SourceRequestId);
        halves[0].SourceRequestId.ShouldNotBe(halves[1].SourceRequestId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABatchHalvedAfterA413IsNeverSentWholeAgainSoNoEventArrivesTwice(bool bulk)
    {
        // The whole batch is refused as too large, its first half arrives, its second half fails until the retries
        // run out. The caller sends the batch again, and now mParticle would take anything.
        var configuration = TestApi.Configuration(_time, retry => retry.MaxAttempts = 2);
        var handler = new ScriptedHandler(_time).Then(Reply.Status(413)).Then(Reply.Accepted()).Then(Reply.Status(503)).Then(Reply.Status(503));
        using var api = TestApi.Create(handler, _time, configuration: configuration);
        var batch = Sample.Batch(events: 4);
        Task<UploadResult> Upload() => bulk ? api.BulkUploadEventsAsync([batch]) : api.UploadEventsAsync(batch);

        (await Should.ThrowAsync<MparticleApiException>(Upload)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        await Upload();

        // Requests: the whole (413), first half (202), second half (503, 503); then the halves again, accepted: as two
        // requests, or in one bulk request.
        var sent = handler.Requests.Select(r => bulk ? MparticleJson.DeserializeBulk(r.BodyText) : [MparticleJson.Deserialize(r.BodyText)]).ToList();
        sent.Count.ShouldBe(bulk ? 5 : 6);
        sent[0].Single().SourceRequestId.ShouldBe(batch.SourceRequestId); // the whole, refused
        sent.Skip(1).SelectMany(b => b).ShouldAllBe(b => b.SourceRequestId != batch.SourceRequestId && b.Events.Count == 2);

        // What mParticle keeps: one batch per source_request_id among the accepted requests.
        var accepted = sent.Where((_, i) => i == 1 || i >= 4).SelectMany(b => b).DistinctBy(b => b.SourceRequestId).ToList();
        accepted.SelectMany(b => b.Events).Select(e => e.SourceMessageId).ShouldBe(batch.Events.Select(e => e.SourceMessageId));
    }

    [Fact]
    public void ABatchChangedAfterItsHalvingIsPackedWholeAgain()
    {
        var batch = Sample.Batch(events: 4);
        var halves = BatchPacker.Halve(batch)!;

        var packed = new BatchPacker().Pack([batch]).Requests.Single();
        packed.Batches.ShouldBe(halves);
        packed.EventCount.ShouldBe(4);

        batch.Events.Add(Sample.Event("later"));
        new BatchPacker().Pack([batch]).Requests.Single().Batches.ShouldBe([batch]);
    }

    [Fact]
    public async Task A413OnABulkRequestOfOneBatchHalvesItsEvents()
    {
        var handler = new ScriptedHandler(_time).Then(Reply.Status(413));
        using var api = TestApi.Create(handler, _time);

        var result = await api.BulkUploadEventsAsync([Sample.Batch(events: 2)]);

        result.Requests.ShouldBe(2);
        handler.Requests.Skip(1).Select(r => MparticleJson.DeserializeBulk(r.BodyText).Single().Events.Count).ShouldBe([1, 1]);
    }

    [Fact]
    public void MoreThan100BatchesFailBeforeSendingNamingTheFirstBatchOverTheLimit()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);
        var batches = Sample.Batches(101);

        var exception = Should.Throw<MparticleLimitException>(() => api.BulkUploadEventsAsync(batches));

        exception.Limit.ShouldBe(MparticleLimit.BatchesPerRequest);
        exception.BatchIndex.ShouldBe(100);
        exception.SourceRequestId.ShouldBe(batches[100].SourceRequestId);
        exception.Actual.ShouldBe(101);
        exception.Maximum.ShouldBe(100);
        exception.Message.ShouldContain("Batch 100 (source_request_id " + batches[100].SourceRequestId + ")");
        exception.Message.ShouldContain("at most 100 batches");
        handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void ExactlyOneHundredBatchesAreAccepted()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);

        Should.NotThrow(() => api.BulkUploadEventsAsync(Sample.Batches(100)));
    }

    [Fact]
    public async Task ABatchOfExactly128KbIsSentAndOneByteMoreIsRefusedBeforeSending()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);
        var over = Sample.BatchOfExactly(128_001, user: "b");

        await api.UploadEventsAsync(Sample.BatchOfExactly(128_000));
        await api.BulkUploadEventsAsync([Sample.BatchOfExactly(128_000)]);
        var single = Should.Throw<MparticleLimitException>(() => api.UploadEventsAsync(over));
        var bulk = Should.Throw<MparticleLimitException>(() => api.BulkUploadEventsAsync([Sample.Batch(), over]));

        handler.Requests.Count.ShouldBe(2);
        single.Limit.ShouldBe(MparticleLimit.BatchBytes);
        single.Actual.ShouldBe(128_001);
        single.Message.ShouldContain("128,001 bytes");
        single.Message.ShouldContain("at most 128,000 bytes (KB of 1000 bytes)");
        bulk.Limit.ShouldBe(MparticleLimit.BatchBytes);
        bulk.BatchIndex.ShouldBe(1);
        bulk.SourceRequestId.ShouldBe(over.SourceRequestId);
        bulk.Message.ShouldContain("Batch 1 (source_request_id " + over.SourceRequestId + ")");
    }

    [Fact]
    public void ARequestOf256KbOrMoreFailsBeforeSendingNamingTheBatchThatCrossesIt()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);
        var batches = Enumerable.Range(0, 3).Select(i => Sample.BatchOfExactly(100_000, user: "user-" + i)).ToList();

        var exception = Should.Throw<MparticleLimitException>(() => api.BulkUploadEventsAsync(batches));

        exception.Limit.ShouldBe(MparticleLimit.RequestBytes);
        exception.BatchIndex.ShouldBe(2);
        exception.Message.ShouldContain("under 256,000 bytes");
        handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void NullOrEmptyArgumentsAreRefused()
    {
        using var api = TestApi.Create(new ScriptedHandler(_time), _time);

        Should.Throw<ArgumentNullException>(() => api.UploadEventsAsync(null!));
        Should.Throw<ArgumentNullException>(() => api.BulkUploadEventsAsync((PackedRequest)null!));
        Should.Throw<ArgumentException>(() => api.BulkUploadEventsAsync(Array.Empty<Batch>()));
    }

    [Fact]
    public async Task ConcurrentBulkUploadsEachSendTheirOwnExactBytesWhileReusingBuffers()
    {
        var handler = new ScriptedHandler(_time);
        using var api = TestApi.Create(handler, _time);
        var uploads = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var sent = new List<byte[]>();
            for (var i = 0; i < 15; i++)
            {
                // Large enough to be a pooled body (over 80,000 bytes), different on every call.
                var batches = Enumerable.Range(0, 3).Select(b => Sample.BatchOfExactly(40_000, events: 20, user: $"w{worker}-u{i}-{b}")).ToList();
                await api.BulkUploadEventsAsync(batches);
                sent.Add(MparticleJson.SerializeBulkToUtf8Bytes(batches));
            }

            return sent;
        })).ToList();

        var expected = (await Task.WhenAll(uploads)).SelectMany(bodies => bodies).Select(Convert.ToBase64String).ToList();

        expected.Count.ShouldBe(120);
        handler.Requests.Select(r => Convert.ToBase64String(r.Body)).OrderBy(b => b, StringComparer.Ordinal)
            .ShouldBe(expected.OrderBy(b => b, StringComparer.Ordinal));
    }
}
