using System;
using System.Buffers;

namespace Mparticle.Benchmarks;

/// <summary>The baseline's growable request buffer: a byte array the writer appends to.</summary>
internal sealed class RequestBuffer : IBufferWriter<byte>
{
    private byte[] _bytes;

    public RequestBuffer(int capacity) => _bytes = new byte[capacity];

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

    public void MoveDown(int from, int length, int to)
    {
        _bytes.AsSpan(from, length).CopyTo(_bytes.AsSpan(to));
        Length = to + length;
    }

    public byte[] ToArrayWith(int length, byte last)
    {
        var result = GC.AllocateUninitializedArray<byte>(length + 1);
        _bytes.AsSpan(0, length).CopyTo(result);
        result[length] = last;
        return result;
    }

    private void Grow(int sizeHint)
    {
        if (_bytes.Length - Length < Math.Max(sizeHint, 1))
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + sizeHint));
        }
    }
}
