using System;
using System.Collections.Generic;

namespace Mparticle;

/// <summary>
/// One serialized request: the path below <c>/v2</c> and the exact body. The body is produced once and every
/// attempt sends these bytes. <see cref="Split"/>, when present, divides the request in two for a 413;
/// <see cref="Lease"/>, when present, guards a pooled body: each attempt holds it until the body has been read.
/// </summary>
internal sealed class WireRequest
{
    public WireRequest(string path, ReadOnlyMemory<byte> body, Func<IReadOnlyList<WireRequest>?>? split = null, IBodyLease? lease = null)
    {
        Path = path;
        Body = body;
        Split = split;
        Lease = lease;
    }

    public IBodyLease? Lease { get; }

    public string Path { get; }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Returns the halves of this request, or <see langword="null"/> when it cannot be divided.</summary>
    public Func<IReadOnlyList<WireRequest>?>? Split { get; }
}
