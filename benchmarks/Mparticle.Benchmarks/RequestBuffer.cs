using System;
using System.Buffers;
using System.Collections.Generic;

namespace Mparticle.Benchmarks;

/// <summary>
/// The baseline's request buffer: the writer appends to an array that becomes the request body when the request is
/// closed. Arrays are large enough for a full request plus one more batch, and closed bodies' arrays come back
/// through <see cref="Return"/>, as a hand-tuned sender would reuse them (the packer pools its bodies the same way).
/// </summary>
internal sealed class RequestBuffer : IBufferWriter<byte>
{
    private readonly int _capacity;
    private readonly Stack<byte[]> _free = new();
    private byte[] _bytes;

    public RequestBuffer(int capacity)
    {
        _capacity = capacity;
        _bytes = new byte[capacity];
    }

    public int Length { get; set; }

    public void Append(byte value)
    {
        Grow(1);
        _bytes[Length++] = value;
    }

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _bytes.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _bytes.AsSpan(Length);
    }

    /// <summary>
    /// Ends the request after <paramref name="length"/> bytes with <paramref name="last"/> and returns it; the next
    /// request starts with <c>[</c> followed by the bytes from <paramref name="carryFrom"/> to the end (the batch
    /// that did not fit), in a fresh or returned array.
    /// </summary>
    public ArraySegment<byte> Close(int length, byte last, int carryFrom)
    {
        var body = _bytes;
        body[length] = last;
        var next = _free.Count > 0 ? _free.Pop() : GC.AllocateUninitializedArray<byte>(_capacity);
        next[0] = (byte)'[';
        var carried = Length - carryFrom;
        body.AsSpan(carryFrom, carried).CopyTo(next.AsSpan(1));
        _bytes = next;
        Length = 1 + carried;
        return new ArraySegment<byte>(body, 0, length + 1);
    }

    /// <summary>Takes back the arrays of bodies that were sent.</summary>
    public void Return(List<ArraySegment<byte>> bodies)
    {
        foreach (var body in bodies)
        {
            _free.Push(body.Array!);
        }
    }

    private void Grow(int sizeHint)
    {
        if (_bytes.Length - Length < Math.Max(sizeHint, 1))
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + sizeHint));
        }
    }
}
