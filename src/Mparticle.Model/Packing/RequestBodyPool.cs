using System;
using System.Collections.Generic;
using Mparticle.Compat;

namespace Mparticle;

/// <summary>
/// The body arrays of a packer's disposed requests, kept for its next requests. A full body is a 256 KB array on the
/// large-object heap, which only a gen2 collection frees: allocating one per request made the collector, not the
/// writing, the largest cost of packing. The pool keeps at most as many arrays as the latest
/// <see cref="BatchPacker.Pack"/> produced, so it never holds more than the packer's own recent working set.
/// </summary>
/// <remarks>Thread-safe: requests may be disposed on any thread while the packer packs on another.</remarks>
internal sealed class RequestBodyPool
{
    /// <summary>Kept even after a small pack: a sender that packs one request at a time reuses its arrays.</summary>
    private const int MinimumKept = 2;

    private readonly Stack<byte[]> _free = new();
    private int _keep = MinimumKept;

    /// <param name="arrayLength">The length of every array the pool hands out and takes back.</param>
    public RequestBodyPool(int arrayLength) => ArrayLength = arrayLength;

    /// <summary>The length of the pooled arrays.</summary>
    public int ArrayLength { get; }

    /// <summary>How many arrays are waiting to be reused.</summary>
    public int Count
    {
        get
        {
            lock (_free)
            {
                return _free.Count;
            }
        }
    }

    /// <summary>An array of <see cref="ArrayLength"/> bytes with undefined contents: a returned one, or a new one.</summary>
    public byte[] Rent()
    {
        lock (_free)
        {
            if (_free.Count > 0)
            {
                return _free.Pop();
            }
        }

        return ByteArrays.Uninitialized(ArrayLength);
    }

    /// <summary>Takes an array back for reuse, unless the pool already holds enough (then the collector gets it).</summary>
    public void Return(byte[] array)
    {
        if (array.Length != ArrayLength)
        {
            return; // grown for an outsized batch: not worth keeping
        }

        lock (_free)
        {
            if (_free.Count < _keep)
            {
                _free.Push(array);
            }
        }
    }

    /// <summary>Sets how many arrays to keep (the requests of the latest pack), letting go of any beyond that.</summary>
    public void KeepAtMost(int count)
    {
        lock (_free)
        {
            _keep = Math.Max(count, MinimumKept);
            while (_free.Count > _keep)
            {
                _free.Pop();
            }
        }
    }
}
