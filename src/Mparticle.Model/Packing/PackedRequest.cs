using System;
using System.Collections.Generic;
using System.Threading;

namespace Mparticle;

/// <summary>
/// One compliant <c>/v2/bulkevents</c> request made by <see cref="BatchPacker"/>: at most
/// <see cref="PackingLimits.MaxBatchesPerRequest"/> batches, each at most <see cref="PackingLimits.MaxBatchBytes"/>,
/// the whole body at most <see cref="PackingLimits.MaxRequestBytes"/>. <see cref="Body"/> is the exact UTF-8 JSON
/// sent on the wire; keep the request to retry it later with identical bytes (and so identical ids).
/// </summary>
/// <remarks>
/// Dispose a request once it has been sent (or is no longer wanted): its body array then goes back to the packer,
/// which reuses it for a later request instead of allocating another 256 KB array. Disposing is optional; an
/// undisposed request is collected as usual. A send in progress keeps the body until it has finished reading it,
/// so disposing early can never change bytes on the wire.
/// </remarks>
public sealed class PackedRequest : IDisposable, IBodyLease
{
    private readonly int _length;
    private readonly int[] _batchEnds;
    private readonly RequestBodyPool? _pool;
    private byte[]? _body; // the packer hands out the array it wrote into: the body is its first _length bytes
    private int _holds = 1; // the owner's, given back by Dispose; each send in progress adds one
    private int _disposed;

    internal PackedRequest(byte[] body, int length, Batch[] batches, int[] batchEnds, int eventCount, RequestBodyPool? pool = null)
    {
        _body = body;
        _length = length;
        Batches = batches;
        _batchEnds = batchEnds;
        EventCount = eventCount;
        _pool = pool;
    }

    /// <summary>The exact UTF-8 JSON body: an array of batches, identical to <see cref="MparticleJson.SerializeBulk(IEnumerable{Batch})"/> of <see cref="Batches"/>.</summary>
    /// <exception cref="ObjectDisposedException">The request was disposed.</exception>
    public ReadOnlyMemory<byte> Body => Volatile.Read(ref _disposed) == 0 ? HeldBody : throw Disposed();

    /// <summary>The batches in the body, in order. Parts of a split batch are new <see cref="Batch"/> objects of the same user.</summary>
    public IReadOnlyList<Batch> Batches { get; }

    /// <summary>The number of events in all the batches.</summary>
    public int EventCount { get; }

    /// <summary>The body size in bytes.</summary>
    public int SizeBytes => _length;

    /// <summary>The body for a reader holding the request (<see cref="TryAcquire"/>), even if the owner has since disposed it.</summary>
    internal ReadOnlyMemory<byte> HeldBody => new(Volatile.Read(ref _body) ?? throw Disposed(), 0, _length);

    /// <summary>Gives the body back to the packer for reuse, once no send is reading it any more.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Release();
        }
    }

    bool IBodyLease.TryAcquire() => TryAcquire();

    void IBodyLease.Release() => Release();

    /// <summary>Takes a hold on the body, so that it is not reused until <see cref="Release"/>; <see langword="false"/> once it was given back.</summary>
    internal bool TryAcquire()
    {
        var holds = Volatile.Read(ref _holds);
        while (holds > 0)
        {
            var seen = Interlocked.CompareExchange(ref _holds, holds + 1, holds);
            if (seen == holds)
            {
                return true;
            }

            holds = seen;
        }

        return false;
    }

    /// <summary>Gives back a hold; the last one returns the array to its pool.</summary>
    internal void Release()
    {
        if (Interlocked.Decrement(ref _holds) == 0 && Interlocked.Exchange(ref _body, null) is { } body)
        {
            _pool?.Return(body);
        }
    }

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
        var source = HeldBody.Span;
        var first = Slice(source, 1, firstEnd, 0, half);
        var second = Slice(source, secondStart, _batchEnds[count - 1], half, count - half);
        return [first, second];
    }

    /// <summary>The error for any use of a request whose body went back to the packer.</summary>
    internal static ObjectDisposedException Disposed() => new(nameof(PackedRequest), "The request was disposed: its body went back to the packer for reuse.");

    private PackedRequest Slice(ReadOnlySpan<byte> source, int start, int end, int firstBatch, int batchCount)
    {
        // Halves are rare (a 413): they get their own arrays, not pooled ones.
        var body = Compat.ByteArrays.Uninitialized(end - start + 2);
        body[0] = (byte)'[';
        source.Slice(start, end - start).CopyTo(body.AsSpan(1));
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
