using System;
using System.Buffers;

namespace Mparticle;

/// <summary>
/// A growable byte buffer reused per thread by <see cref="MparticleJson"/>, so serializing to a string or byte array
/// allocates only the result; <see cref="BatchPacker"/> reuses one per packer and edits it in place (truncate, move
/// down, copy out a request body).
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>
{
    /// <summary>Buffers that grew above this are dropped after use rather than kept per thread.</summary>
    internal const int MaxRetainedBytes = 1024 * 1024;

    private byte[] _buffer = new byte[16 * 1024];

    internal int WrittenCount { get; private set; }

    internal ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, WrittenCount);

    internal ArraySegment<byte> WrittenSegment => new(_buffer, 0, WrittenCount);

    internal bool IsOversized => _buffer.Length > MaxRetainedBytes;

    public void Advance(int count) => WrittenCount += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(WrittenCount);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(WrittenCount);
    }

    internal void Clear() => WrittenCount = 0;

    internal int Capacity => _buffer.Length;

    internal ReadOnlySpan<byte> Slice(int start, int length) => _buffer.AsSpan(start, length);

    internal void Write(byte value)
    {
        Ensure(1);
        _buffer[WrittenCount++] = value;
    }

    internal void Write(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(WrittenCount));
        WrittenCount += bytes.Length;
    }

    /// <summary>Forgets everything written after <paramref name="length"/> bytes.</summary>
    internal void Truncate(int length) => WrittenCount = length;

    /// <summary>Moves <paramref name="length"/> bytes from <paramref name="from"/> down to <paramref name="to"/> and ends the buffer there.</summary>
    internal void MoveDown(int from, int length, int to)
    {
        _buffer.AsSpan(from, length).CopyTo(_buffer.AsSpan(to, length));
        WrittenCount = to + length;
    }

    /// <summary>A new array holding the first <paramref name="length"/> bytes followed by <paramref name="last"/>.</summary>
    internal byte[] ToArray(int length, byte last)
    {
        var result = Compat.ByteArrays.Uninitialized(length + 1);
        _buffer.AsSpan(0, length).CopyTo(result);
        result[length] = last;
        return result;
    }

    /// <summary>Drops a buffer that a huge batch blew up, so one outlier does not pin megabytes for the owner's lifetime.</summary>
    internal void ShrinkTo(int capacity)
    {
        if (_buffer.Length > capacity * 2 && WrittenCount <= capacity)
        {
            Array.Resize(ref _buffer, capacity);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = WrittenCount + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
