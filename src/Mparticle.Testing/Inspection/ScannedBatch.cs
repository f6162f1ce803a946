using System.Collections.Generic;

namespace Mparticle.Testing.Inspection;

/// <summary>What the envelope scan learned about one batch, and where its bytes are in the request body.</summary>
internal sealed class ScannedBatch
{
    public ScannedBatch(string path) => Path = path;

    /// <summary>JSON path of the batch: <c>$</c> or <c>$[i]</c>.</summary>
    public string Path { get; }

    public int Start { get; set; }

    public int Length { get; set; }

    public string? SourceRequestId { get; set; }

    /// <summary>Identity name and value pairs: <c>user_identities</c> entries, then <c>mpid</c> and <c>mp_deviceid</c>.</summary>
    public List<KeyValuePair<string, string>>? Identities { get; set; }

    /// <summary>Index into <see cref="EventTypeNames.All"/> of each event, in order.</summary>
    public List<int> EventTypes { get; } = [];

    /// <summary>True when some event has no numeric <c>data.timestamp_unixtime_ms</c>.</summary>
    public bool HasUntimedEvent { get; set; }

    /// <summary>The newest event timestamp (Unix ms), if any event has one.</summary>
    public long? NewestEventUnixtimeMs { get; set; }

    /// <summary>Why the batch cannot be accepted (lenient mode records it instead of rejecting the request).</summary>
    public string? Problem { get; set; }

    /// <summary>The batch as our model read it, once validated.</summary>
    public Batch? Batch { get; set; }

    /// <summary>The identity that names the user in counts: the first of customer_id, email, other identities, mpid, mp_deviceid.</summary>
    public string? UserKey { get; set; }
}
