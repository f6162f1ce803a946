using Mparticle.Tests.Support;

namespace Mparticle.Tests.Packing;

public class BatchPackerTests
{
    private readonly BatchPacker _packer = new();

    [Fact]
    public void ExactlyOneHundredBatchesFillOneRequest()
    {
        var batches = Sample.Batches(100);

        var result = _packer.Pack(batches);

        result.Requests.Count.ShouldBe(1);
        result.Requests[0].Batches.ShouldBe(batches);
        result.Requests[0].EventCount.ShouldBe(100);
        result.Rejections.ShouldBeEmpty();
    }

    [Fact]
    public void TheHundredAndFirstBatchStartsANewRequest()
    {
        var batches = Sample.Batches(201);

        var result = _packer.Pack(batches);

        result.Requests.Select(r => r.Batches.Count).ShouldBe([100, 100, 1]);
        result.Requests.SelectMany(r => r.Batches).ShouldBe(batches);
    }

    [Fact]
    public void EachBodyIsExactlyTheMparticleJsonOfItsBatches()
    {
        var result = _packer.Pack(Sample.Batches(250, events: 3));

        foreach (var request in result.Requests)
        {
            request.Body.ToArray().ShouldBe(MparticleJson.SerializeBulkToUtf8Bytes(request.Batches));
            request.SizeBytes.ShouldBe(request.Body.Length);
        }
    }

    [Fact]
    public void RequestsStayUnder256KbUsingTheRealSizes()
    {
        // 100,000-byte batches: two fit under 256,000 bytes, three do not.
        var batches = Enumerable.Range(0, 7).Select(i => Sample.BatchOfExactly(100_000, user: "user-" + i)).ToList();

        var result = _packer.Pack(batches);

        result.Requests.Select(r => r.Batches.Count).ShouldBe([2, 2, 2, 1]);
        result.Requests.ShouldAllBe(r => r.SizeBytes <= 255_999);
        result.SplitBatches.ShouldBe(0);
    }

    [Fact]
    public void ARequestIsFilledToTheLastByteThatFits()
    {
        // '[' + 127,998 + ',' + 127,998 + ']' = 255,999 bytes: just under 256,000. One byte more is 256,000: not under.
        var fits = new[] { Sample.BatchOfExactly(127_998, user: "a"), Sample.BatchOfExactly(127_998, user: "b") };
        var over = new[] { Sample.BatchOfExactly(127_998, user: "a"), Sample.BatchOfExactly(127_999, user: "b") };

        _packer.Pack(fits).Requests.Single().SizeBytes.ShouldBe(255_999);
        _packer.Pack(over).Requests.Count.ShouldBe(2);
    }

    [Fact]
    public void ABatchOfExactly128KbIsKeptWhole()
    {
        var batch = Sample.BatchOfExactly(128_000, events: 3);
        var id = batch.SourceRequestId;

        var result = _packer.Pack([batch]);

        result.SplitBatches.ShouldBe(0);
        result.Requests.Single().Batches.Single().ShouldBeSameAs(batch);
        result.Requests.Single().SizeBytes.ShouldBe(128_002);
        batch.SourceRequestId.ShouldBe(id);
    }

    [Fact]
    public void ABatchOneByteOver128KbIsSplitIntoBatchesOfTheSameUser()
    {
        var batch = Sample.BatchOfExactly(128_001, events: 3);
        var messageIds = batch.Events.Select(e => e.SourceMessageId).ToList();

        var result = _packer.Pack([batch]);

        result.SplitBatches.ShouldBe(1);
        result.Rejections.ShouldBeEmpty();
        var parts = result.Requests.SelectMany(r => r.Batches).ToList();
        parts.Count.ShouldBe(2);
        parts.ShouldAllBe(p => Sample.Size(p) <= 128_000);
        parts.SelectMany(p => p.Events).Select(e => e.SourceMessageId).ShouldBe(messageIds);
        parts[0].SourceRequestId.ShouldBe(batch.SourceRequestId);
        parts[1].SourceRequestId.ShouldNotBe(batch.SourceRequestId);
        AssertSameUser(batch, parts);
    }

    [Fact]
    public void AFiveMegabyteSingleUserBatchIsSplitIntoCompliantBatchesKeepingEveryEventOnce()
    {
        var batch = Sample.Batch("big-user", events: 25_000, attributeLength: 100);
        batch.UserAttributes["tags"] = new[] { "a", "b", "c" };

        var result = _packer.Pack([batch]);

        Sample.Size(batch).ShouldBeGreaterThan(5_000_000);
        result.SplitBatches.ShouldBe(1);
        result.Rejections.ShouldBeEmpty();
        var parts = result.Requests.SelectMany(r => r.Batches).ToList();
        parts.Count.ShouldBeGreaterThan(40);
        parts.ShouldAllBe(p => Sample.Size(p) <= 128_000);
        parts.Select(p => p.SourceRequestId).Distinct().Count().ShouldBe(parts.Count);
        var sent = parts.SelectMany(p => p.Events).ToList();
        sent.Count.ShouldBe(25_000);
        sent.ShouldBe(batch.Events, "every event exactly once, in order, as the caller's own objects");
        AssertSameUser(batch, parts);
        foreach (var request in result.Requests)
        {
            request.Batches.Count.ShouldBeLessThanOrEqualTo(100);
            request.SizeBytes.ShouldBeLessThan(256_000);
            request.Body.ToArray().ShouldBe(MparticleJson.SerializeBulkToUtf8Bytes(request.Batches));
        }
    }

    [Fact]
    public void PackingTheSameBatchAgainGivesTheSameIds()
    {
        var batch = Sample.Batch("big-user", events: 3_000, attributeLength: 100);

        var first = _packer.Pack([batch]).Requests.SelectMany(r => r.Batches).Select(b => b.SourceRequestId).ToList();
        var second = _packer.Pack([batch]).Requests.SelectMany(r => r.Batches).Select(b => b.SourceRequestId).ToList();

        first.Count.ShouldBeGreaterThan(1);
        second.ShouldBe(first);
    }

    [Fact]
    public void ASingleEventTooLargeOnItsOwnIsReportedNotDropped()
    {
        var batch = Sample.Batch(events: 3);
        var huge = Sample.Event("huge", attributeLength: 200_000);
        batch.Events.Insert(1, huge);

        var result = _packer.Pack([Sample.Batch("other"), batch]);

        var rejection = result.Rejections.ShouldHaveSingleItem();
        rejection.Event.ShouldBeSameAs(huge);
        rejection.Batch.ShouldBeSameAs(batch);
        rejection.BatchIndex.ShouldBe(1);
        rejection.SizeBytes.ShouldBeGreaterThan(200_000);
        rejection.MaxBatchBytes.ShouldBe(128_000);
        rejection.ToString().ShouldContain(batch.SourceRequestId!);
        rejection.ToString().ShouldContain(huge.SourceMessageId!);
        var sent = result.Requests.SelectMany(r => r.Batches).SelectMany(b => b.Events).ToList();
        sent.Count.ShouldBe(4);
        sent.ShouldNotContain(huge);
    }

    [Fact]
    public void ABatchWhoseUserDataAloneIsTooLargeIsReportedWhole()
    {
        var batch = Sample.Batch(events: 2);
        batch.UserAttributes["blob"] = new string('y', 130_000);

        var result = _packer.Pack([batch]);

        result.Requests.ShouldBeEmpty();
        var rejection = result.Rejections.ShouldHaveSingleItem();
        rejection.Event.ShouldBeNull();
        rejection.Batch.ShouldBeSameAs(batch);
    }

    [Fact]
    public void MissingIdsAreFilledInOnTheCallersObjectsOnce()
    {
        var batch = Sample.Batch(events: 2);
        batch.SourceRequestId.ShouldBeNull();

        _packer.Pack([batch]);
        var requestId = batch.SourceRequestId;
        var messageIds = batch.Events.Select(e => e.SourceMessageId).ToList();
        _packer.Pack([batch]);

        Guid.TryParse(requestId, out _).ShouldBeTrue();
        messageIds.ShouldAllBe(id => IsGuid(id));
        batch.SourceRequestId.ShouldBe(requestId);
        batch.Events.Select(e => e.SourceMessageId).ShouldBe(messageIds);
    }

    [Fact]
    public void ExistingIdsAreKept()
    {
        var batch = Sample.Batch(events: 1);
        batch.SourceRequestId = "mine";
        batch.Events[0].SourceMessageId = "my-event";

        var body = Sample.Text(_packer.Pack([batch]).Requests[0].Body);

        body.ShouldContain("\"source_request_id\":\"mine\"");
        body.ShouldContain("\"source_message_id\":\"my-event\"");
    }

    [Fact]
    public void CustomLimitsAreRespected()
    {
        var packer = new BatchPacker(new PackingLimits(maxBatchesPerRequest: 3, maxBatchBytes: 2_000, maxRequestBytes: 5_000));

        var result = packer.Pack(Sample.Batches(10, events: 5, attributeLength: 50));

        result.Requests.ShouldAllBe(r => r.Batches.Count <= 3 && r.SizeBytes <= 5_000);
        result.Requests.SelectMany(r => r.Batches).ShouldAllBe(b => Sample.Size(b) <= 2_000);
        result.Requests.Sum(r => r.EventCount).ShouldBe(50);
    }

    [Fact]
    public void RequestsWrittenInPlaceAreExactAcrossSpillsReusesAndLimitsAboveTheInitialArray()
    {
        // Batches of varied sizes cross the end of the request array at many different points, a huge custom limit
        // makes the array grow, and small final requests get right-sized copies: every body stays exact.
        var random = new Random(7);
        var batches = Enumerable.Range(0, 400).Select(i => Sample.Batch("user-" + i, events: 1 + random.Next(30), attributeLength: 1 + random.Next(400))).ToList();
        var big = Enumerable.Range(0, 6).Select(i => Sample.BatchOfExactly(700_000 + (i * 1_000), user: "big-" + i)).ToList();
        (BatchPacker Packer, List<Batch>[] Inputs)[] runs =
        [
            (new BatchPacker(), [batches, batches.Take(3).ToList(), batches]),
            (new BatchPacker(new PackingLimits(100, 1_500_000, 3_000_000)), [batches, big, batches.Take(3).ToList(), big.Concat(batches).ToList()]),
        ];
        foreach (var (packer, inputs) in runs)
        {
            foreach (var input in inputs)
            {
                var result = packer.Pack(input);

                result.Requests.SelectMany(r => r.Batches).ShouldBe(input);
                foreach (var request in result.Requests)
                {
                    request.Body.ToArray().ShouldBe(MparticleJson.SerializeBulkToUtf8Bytes(request.Batches));
                    request.SizeBytes.ShouldBe(request.Body.Length);
                    request.SizeBytes.ShouldBeLessThanOrEqualTo(packer.Limits.MaxRequestBytes);
                }
            }
        }
    }

    [Fact]
    public void ASmallRequestDoesNotHoldAWholeRequestArray()
    {
        var request = _packer.Pack([Sample.Batch()]).Requests.Single();

        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(request.Body, out var segment).ShouldBeTrue();
        segment.Array!.Length.ShouldBe(request.SizeBytes);
    }

    [Fact]
    public void NothingToPackGivesNoRequests()
    {
        var result = _packer.Pack([]);

        result.Requests.ShouldBeEmpty();
        result.Rejections.ShouldBeEmpty();
    }

    [Fact]
    public void ANullBatchIsRejectedByIndex()
    {
        Should.Throw<ArgumentException>(() => _packer.Pack([Sample.Batch(), null!])).Message.ShouldContain("batches[1]");
    }

    [Fact]
    public void HalvingARequestSlicesTheBodyWithoutChangingAByte()
    {
        var request = _packer.Pack(Sample.Batches(5, events: 2)).Requests.Single();

        var halves = request.SplitInHalves()!;

        halves.Select(h => h.Batches.Count).ShouldBe([2, 3]);
        foreach (var half in halves)
        {
            half.Body.ToArray().ShouldBe(MparticleJson.SerializeBulkToUtf8Bytes(half.Batches));
            half.EventCount.ShouldBe(half.Batches.Count * 2);
        }

        halves[1].SplitInHalves()!.Select(h => h.Batches.Count).ShouldBe([1, 2]);
        halves[1].SplitInHalves()![0].SplitInHalves().ShouldBeNull();
    }

    [Fact]
    public void HalvingABatchKeepsTheUserAndEveryEventOnce()
    {
        var batch = Sample.Batch(events: 5);

        var halves = BatchPacker.Halve(batch)!;

        halves.Select(h => h.Events.Count).ShouldBe([2, 3]);
        halves.SelectMany(h => h.Events).ShouldBe(batch.Events);
        // The whole batch went out under its own id: a half accepted under it would hide the other half from a later resend.
        halves.Select(h => h.SourceRequestId).ShouldAllBe(id => id != batch.SourceRequestId);
        halves[0].SourceRequestId.ShouldNotBe(halves[1].SourceRequestId);
        BatchPacker.Halve(batch)!.Select(h => h.SourceRequestId).ShouldBe(halves.Select(h => h.SourceRequestId));
        AssertSameUser(batch, halves);
        BatchPacker.Halve(Sample.Batch(events: 1)).ShouldBeNull();
    }

    private static bool IsGuid(string? text) => Guid.TryParse(text, out _);

    private static void AssertSameUser(Batch original, IEnumerable<Batch> parts)
    {
        var expected = Envelope(original);
        foreach (var part in parts)
        {
            Envelope(part).ShouldBe(expected);
        }
    }

    /// <summary>The batch's JSON without events and id: everything that says who the user is.</summary>
    private static string Envelope(Batch batch)
    {
        var copy = MparticleJson.Deserialize(MparticleJson.Serialize(batch));
        copy.Events.Clear();
        copy.SourceRequestId = null;
        return MparticleJson.Serialize(copy);
    }
}
