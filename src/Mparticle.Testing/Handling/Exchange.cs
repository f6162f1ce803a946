using System.Collections.Generic;
using Mparticle.Testing.Inspection;

namespace Mparticle.Testing.Handling;

/// <summary>The working state of one request while it is answered; its record is the part that outlives it.</summary>
internal sealed class Exchange
{
    public Exchange(ReceivedRequest record) => Record = record;

    public ReceivedRequest Record { get; }

    /// <summary>The body, once read; returned to the pool when the request ends.</summary>
    public RequestBody? Body { get; set; }

    /// <summary>True once the body has been read as JSON, so it can be written raw into the JSONL line.</summary>
    public bool BodyIsJson { get; set; }

    /// <summary>True when the connection was dropped on purpose (its cancellation may be signalled later).</summary>
    public bool Dropped { get; set; }

    public IReadOnlyList<ScannedBatch> Accepted { get; set; } = [];
}
