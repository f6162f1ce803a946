using System.Collections.Concurrent;

namespace Mparticle.Testing.Recording;

/// <summary>
/// Remembers each <c>source_request_id</c> per API key, as mParticle does (spec §4), so a repeated batch is acknowledged
/// but not recorded twice. Lock-free; ids are kept for the receiver's lifetime.
/// </summary>
internal sealed class DuplicateFilter
{
    private readonly ConcurrentDictionary<(string ApiKey, string SourceRequestId), byte> _seen = new();

    /// <summary>True the first time an id is seen for a key; batches without an id are never duplicates.</summary>
    public bool IsFirst(string apiKey, string? sourceRequestId) =>
        string.IsNullOrEmpty(sourceRequestId) || _seen.TryAdd((apiKey, sourceRequestId), 0);

    public int Count => _seen.Count;
}
