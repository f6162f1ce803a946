namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>The kinds of <see cref="RequestOutcome"/>.</summary>
enum RequestOutcomeKind
{
    /// <summary>2xx: everything in the request arrived.</summary>
    Accepted,

    /// <summary>400, or a 413 the client could not split: something in the request is bad, nothing of it arrived.</summary>
    Refused,

    /// <summary>Any other failure: the send stopped (see its report), and nothing more is sent now.</summary>
    Stopped,
}
