namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>What became of one request: accepted, refused as bad (with mParticle's message), or the send stopped.</summary>
sealed class RequestOutcome
{
    public static readonly RequestOutcome Accepted = new(RequestOutcomeKind.Accepted, null);

    public static readonly RequestOutcome Stopped = new(RequestOutcomeKind.Stopped, null);

    RequestOutcome(RequestOutcomeKind kind, string? refusal)
    {
        Kind = kind;
        Refusal = refusal;
    }

    public RequestOutcomeKind Kind { get; }

    /// <summary>mParticle's message, when the request was refused as bad.</summary>
    public string? Refusal { get; }

    public static RequestOutcome Refused(string refusal) => new(RequestOutcomeKind.Refused, refusal);
}
