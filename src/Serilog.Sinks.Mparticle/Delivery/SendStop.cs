namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>Why a send stopped before every batch was tried: what the sink must do before sending again.</summary>
enum SendStop
{
    /// <summary>Every batch was tried: each one is delivered, rejected, or pending after a failure that did not stop the send.</summary>
    None,

    /// <summary>mParticle said to slow down (429, or a <c>Retry-After</c>): nothing more may be sent until the sink's gate opens.</summary>
    Throttled,

    /// <summary>mParticle refused the credentials (401, 403): every other request would be refused too.</summary>
    Credentials,

    /// <summary>A network error, a timeout or a 5xx outlasted the client's retries: the service is unreachable for now.</summary>
    Unavailable,

    /// <summary>An answer the Events API does not document (such as 404 from a wrong URL): a configuration problem.</summary>
    Unexpected,

    /// <summary>The shutdown timeout has passed: nothing more is sent.</summary>
    ShutdownExpired,
}
