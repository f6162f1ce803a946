using System;
using System.Buffers;

namespace Mparticle;

/// <summary>
/// A growable byte buffer reused per thread by <see cref="MparticleJson"/>, so serializing to a string or byte array
/// allocates only the result; <see cref="BatchPacker"/>'s request buffer uses one as scratch space for a batch that
/// outgrows the request array.
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

    internal void Write(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(WrittenCount));
        WrittenCount += bytes.Length;
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
