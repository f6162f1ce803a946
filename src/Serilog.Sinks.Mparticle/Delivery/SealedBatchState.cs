namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>Where a sealed batch stands. Only <see cref="Pending"/> batches are sent (again).</summary>
enum SealedBatchState
{
    /// <summary>Not yet accepted: sent again, byte for byte the same, on every retry.</summary>
    Pending,

    /// <summary>Accepted (202) by the Events API; never sent again.</summary>
    Delivered,

    /// <summary>Refused for good (400, or too large to send); dropped, counted and reported.</summary>
    Rejected,

    /// <summary>Still undelivered when the retry time limit had passed since its first failure; dropped and counted.</summary>
    Expired,
}
