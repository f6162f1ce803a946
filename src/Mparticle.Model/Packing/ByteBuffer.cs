using System;
using System.Buffers;

namespace Mparticle;

/// <summary>
/// A growable byte buffer that <see cref="System.Text.Json.Utf8JsonWriter"/> writes into and the packer reuses
/// across calls, so packing allocates little beyond the request bodies it hands out.
/// </summary>
internal sealed class ByteBuffer : IBufferWriter<byte>
{
    private byte[] _buffer;
    private int _written;

    public ByteBuffer(int initialCapacity) => _buffer = new byte[initialCapacity];

    public int WrittenCount => _written;

    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public ReadOnlySpan<byte> Slice(int start, int length) => _buffer.AsSpan(start, length);

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Cannot advance past the end of the buffer.");
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Write(byte value)
    {
        Ensure(1);
        _buffer[_written++] = value;
    }

    /// <summary>Forgets everything written after <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _written = length;

    /// <summary>Moves <paramref name="length"/> bytes from <paramref name="from"/> down to <paramref name="to"/> and ends the buffer there.</summary>
    public void MoveDown(int from, int length, int to)
    {
        _buffer.AsSpan(from, length).CopyTo(_buffer.AsSpan(to, length));
        _written = to + length;
    }

    /// <summary>A new array holding the written bytes followed by <paramref name="last"/>.</summary>
    public byte[] ToArray(int length, byte last)
    {
        var result = new byte[length + 1];
        _buffer.AsSpan(0, length).CopyTo(result);
        result[length] = last;
        return result;
    }

    /// <summary>Drops a buffer that a huge batch blew up, so one outlier does not pin megabytes for the packer's lifetime.</summary>
    public void ShrinkTo(int capacity)
    {
        if (_buffer.Length > capacity * 2 && _written <= capacity)
        {
            var smaller = new byte[capacity];
            WrittenSpan.CopyTo(smaller);
            _buffer = smaller;
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, _written + needed);
        var larger = new byte[size];
        WrittenSpan.CopyTo(larger);
        _buffer = larger;
    }
}
