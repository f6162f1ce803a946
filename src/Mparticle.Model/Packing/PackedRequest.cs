using System;
using System.Collections.Generic;

namespace Mparticle;

/// <summary>
/// One compliant <c>/v2/bulkevents</c> request made by <see cref="BatchPacker"/>: at most
/// <see cref="PackingLimits.MaxBatchesPerRequest"/> batches, each at most <see cref="PackingLimits.MaxBatchBytes"/>,
/// the whole body at most <see cref="PackingLimits.MaxRequestBytes"/>. <see cref="Body"/> is the exact UTF-8 JSON
/// sent on the wire; keep the request to retry it later with identical bytes (and so identical ids).
/// </summary>
public sealed class PackedRequest
{
    private readonly byte[] _body; // the packer hands out the array it wrote into: the body is its first _length bytes
    private readonly int _length;
    private readonly int[] _batchEnds;

    internal PackedRequest(byte[] body, int length, Batch[] batches, int[] batchEnds, int eventCount)
    {
        _body = body;
        _length = length;
        Batches = batches;
        _batchEnds = batchEnds;
        EventCount = eventCount;
    }

    /// <summary>The exact UTF-8 JSON body: an array of batches, identical to <see cref="MparticleJson.SerializeBulk(IEnumerable{Batch})"/> of <see cref="Batches"/>.</summary>
    public ReadOnlyMemory<byte> Body => new(_body, 0, _length);

    /// <summary>The batches in the body, in order. Parts of a split batch are new <see cref="Batch"/> objects of the same user.</summary>
    public IReadOnlyList<Batch> Batches { get; }

    /// <summary>The number of events in all the batches.</summary>
    public int EventCount { get; }

    /// <summary>The body size in bytes.</summary>
    public int SizeBytes => _length;

    /// <summary>
    /// The request as two requests of about half the batches each, by slicing the body (no re-serialization), or
    /// <see langword="null"/> when it holds a single batch.
    /// </summary>
    internal PackedRequest[]? SplitInHalves()
    {
        var count = Batches.Count;
        if (count < 2)
        {
            return null;
        }

        var half = count / 2;
        var firstEnd = _batchEnds[half - 1];
        var secondStart = firstEnd + 1; // skip the comma
        var first = Slice(1, firstEnd, 0, half);
        var second = Slice(secondStart, _batchEnds[count - 1], half, count - half);
        return [first, second];
    }

    private PackedRequest Slice(int start, int end, int firstBatch, int batchCount)
    {
        var body = Compat.ByteArrays.Uninitialized(end - start + 2);
        body[0] = (byte)'[';
        _body.AsSpan(start, end - start).CopyTo(body.AsSpan(1));
        body[body.Length - 1] = (byte)']';
        var batches = new Batch[batchCount];
        var ends = new int[batchCount];
        var events = 0;
        for (var i = 0; i < batchCount; i++)
        {
            batches[i] = Batches[firstBatch + i];
            ends[i] = _batchEnds[firstBatch + i] - start + 1;
            events += batches[i].Events.Count;
        }

        return new PackedRequest(body, body.Length, batches, ends, events);
    }
}
