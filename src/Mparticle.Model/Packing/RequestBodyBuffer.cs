using System;
using System.Buffers;

namespace Mparticle;

/// <summary>
/// The packer's output buffer: batches are written straight into the array that becomes the request body, so a
/// full request is handed out without copying it. A batch that outgrows the array continues in a scratch buffer
/// and is copied once, to wherever it ends up (this request, or the start of the next one). Arrays come from, and
/// go back to, <see cref="Pool"/>.
/// </summary>
internal sealed class RequestBodyBuffer : IBufferWriter<byte>
{
    /// <summary>Arrays are never allocated larger than this up front, whatever the limits.</summary>
    private const int MaxInitialCapacity = 1024 * 1024;

    /// <summary>
    /// Bodies below this size are copied into an array of their own size: such an array lives on the small-object
    /// heap, where a short life is cheap. Larger bodies are handed out in the pooled array itself.
    /// </summary>
    private const int SmallBodyLimit = 80_000;

    private readonly int _capacity;
    private readonly PooledBufferWriter _spill = new();
    private byte[]? _body;
    private int _length;
    private int _batchStart;
    private bool _spilled;

    /// <param name="maxRequestBytes">The largest request body.</param>
    public RequestBodyBuffer(int maxRequestBytes)
    {
        _capacity = Math.Min(maxRequestBytes, MaxInitialCapacity);
        Pool = new RequestBodyPool(_capacity);
    }

    /// <summary>Where the request arrays come from; a disposed <see cref="PackedRequest"/> returns its array here.</summary>
    public RequestBodyPool Pool { get; }

    /// <summary>The request's bytes so far, excluding a batch being written into the scratch buffer.</summary>
    public int Length => _length;

    /// <summary>The batch written since <see cref="BeginBatch"/>.</summary>
    public ReadOnlySpan<byte> Batch => _spilled ? _spill.WrittenSpan : _body.AsSpan(_batchStart, _length - _batchStart);

    /// <summary>Starts an empty request: <c>[</c>.</summary>
    public void Start()
    {
        _body ??= Pool.Rent();
        _body[0] = (byte)'[';
        _length = 1;
        _spilled = false;
    }

    /// <summary>Appends a byte to the request (the comma between batches); only between batches.</summary>
    public void Append(byte value)
    {
        EnsureBody(_length + 1);
        _body![_length++] = value;
    }

    /// <summary>Marks where the next batch starts; the writer then writes it through <see cref="GetMemory"/>.</summary>
    public void BeginBatch()
    {
        _batchStart = _length;
        _spilled = false;
    }

    /// <summary>Forgets the request's bytes from <paramref name="length"/> on, including the batch being written.</summary>
    public void Truncate(int length)
    {
        _length = length;
        _spilled = false;
    }

    /// <summary>Keeps the batch just written in this request (moving it in from the scratch buffer if it went there).</summary>
    public void KeepBatch()
    {
        if (_spilled)
        {
            _spilled = false;
            KeepBatchFrom(_spill.WrittenSpan);
        }
    }

    /// <summary>
    /// Closes the request after its first <paramref name="length"/> bytes with <c>]</c> and returns its body (from
    /// <see cref="Pool"/> when <c>Pooled</c>); the buffer then holds a new request. With <paramref name="carryBatch"/>,
    /// the batch just written becomes the new request's first batch.
    /// </summary>
    public (byte[] Body, int Length, bool Pooled) Close(int length, bool carryBatch)
    {
        EnsureBody(length + 1);
        var old = _body!;
        old[length] = (byte)']';
        var bodyLength = length + 1;
        var huge = old.Length > _capacity * 2;
        byte[] body;
        byte[]? next;
        bool pooled;
        if (bodyLength >= SmallBodyLimit)
        {
            // A large request (the usual case): the array itself is the body, and the next request gets another.
            body = old;
            pooled = true;
            next = carryBatch ? Pool.Rent() : null;
        }
        else
        {
            // A small request gets a right-sized copy, so it does not hold a whole array, and the array is reused
            // (unless a huge batch blew it up: it is not kept for the packer's lifetime).
            body = old.AsSpan(0, bodyLength).ToArray();
            pooled = false;
            next = huge ? (carryBatch ? Pool.Rent() : null) : old;
        }

        _body = next;
        if (!carryBatch)
        {
            _length = 0;
            _spilled = false;
            return (body, bodyLength, pooled);
        }

        next![0] = (byte)'[';
        if (_spilled)
        {
            _spilled = false;
            _batchStart = 1;
            KeepBatchFrom(_spill.WrittenSpan);
        }
        else
        {
            var batchLength = _length - _batchStart;
            old.AsSpan(_batchStart, batchLength).CopyTo(next.AsSpan(1)); // overlapping copies are safe
            _batchStart = 1;
            _length = 1 + batchLength;
        }

        return (body, bodyLength, pooled);
    }

    /// <summary>Lets go of a scratch buffer that a huge batch blew up.</summary>
    public void Trim()
    {
        _spill.Clear();
        _spill.ShrinkTo(_capacity);
    }

    public void Advance(int count)
    {
        if (_spilled)
        {
            _spill.Advance(count);
        }
        else
        {
            _length += count;
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (!_spilled)
        {
            if (_body!.Length - _length >= Math.Max(sizeHint, 1))
            {
                return _body.AsMemory(_length);
            }

            // The batch goes on in the scratch buffer; where it belongs is decided once it is complete.
            _spill.Clear();
            _spill.Write(_body.AsSpan(_batchStart, _length - _batchStart));
            _length = _batchStart;
            _spilled = true;
        }

        return _spill.GetMemory(sizeHint);
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    private void KeepBatchFrom(ReadOnlySpan<byte> batch)
    {
        // The batch may need more than the array when the limits exceed the initial capacity.
        EnsureBody(_batchStart + batch.Length + 1);
        batch.CopyTo(_body.AsSpan(_batchStart));
        _length = _batchStart + batch.Length;
    }

    /// <summary>Grows the array (keeping its bytes) for limits above the initial capacity; never on the default limits' usual path.</summary>
    private void EnsureBody(int needed)
    {
        if (_body!.Length < needed)
        {
            Array.Resize(ref _body, Math.Max(needed, _body.Length * 2));
        }
    }
}
