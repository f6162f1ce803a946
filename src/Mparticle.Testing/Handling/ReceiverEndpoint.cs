namespace Mparticle.Testing.Handling;

/// <summary>The Events API paths the receiver answers (spec §1).</summary>
internal enum ReceiverEndpoint
{
    /// <summary>Any other path: 404.</summary>
    None,

    /// <summary><c>POST /v2/events</c>: one batch object.</summary>
    Events,

    /// <summary><c>POST /v2/bulkevents</c>: an array of batches.</summary>
    BulkEvents,

    /// <summary><c>POST /v2/bulkevents/historical</c>: an array of batches, with the historical rules of spec §6.</summary>
    Historical,
}
