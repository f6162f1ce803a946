namespace Mparticle.Testing.Faults;

/// <summary>What a <see cref="ReceiverFault"/> does to the request it hits.</summary>
internal enum FaultKind
{
    /// <summary>Answer with a status code (429 or 5xx) instead of processing the request.</summary>
    Status,

    /// <summary>Process the request normally, then wait before answering.</summary>
    Delay,

    /// <summary>Read part of the body, then drop the connection without an answer.</summary>
    DropConnection,
}
