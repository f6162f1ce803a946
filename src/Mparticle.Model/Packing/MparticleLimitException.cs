using System;

namespace Mparticle;

/// <summary>
/// A batch or request breaks one of mParticle's limits, so nothing was sent. The message names the batch (its
/// index in the call and its <c>source_request_id</c>), the limit and the measured value. Use
/// <see cref="BatchPacker"/> to turn any batches into requests that respect every limit.
/// </summary>
public class MparticleLimitException : ArgumentException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public MparticleLimitException()
        : this("A batch or request breaks an mParticle Events API limit.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What breaks which limit.</param>
    public MparticleLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What breaks which limit.</param>
    /// <param name="innerException">The cause.</param>
    public MparticleLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with every detail.</summary>
    /// <param name="message">What breaks which limit.</param>
    /// <param name="limit">The limit broken.</param>
    /// <param name="batchIndex">The index of the offending batch in the call.</param>
    /// <param name="sourceRequestId">The offending batch's <c>source_request_id</c>.</param>
    /// <param name="actual">The measured count or size in bytes.</param>
    /// <param name="maximum">The most allowed, in the same unit.</param>
    public MparticleLimitException(string message, MparticleLimit limit, int batchIndex, string? sourceRequestId, long actual, long maximum)
        : base(message)
    {
        Limit = limit;
        BatchIndex = batchIndex;
        SourceRequestId = sourceRequestId;
        Actual = actual;
        Maximum = maximum;
    }

    /// <summary>The limit broken.</summary>
    public MparticleLimit Limit { get; }

    /// <summary>The index (0-based, in the order given) of the batch that breaks the limit, or that first crosses it.</summary>
    public int BatchIndex { get; }

    /// <summary>That batch's <c>source_request_id</c>.</summary>
    public string? SourceRequestId { get; }

    /// <summary>The measured value: a batch count, or a size in UTF-8 bytes.</summary>
    public long Actual { get; }

    /// <summary>The most the limit allows, in the same unit as <see cref="Actual"/>.</summary>
    public long Maximum { get; }
}
