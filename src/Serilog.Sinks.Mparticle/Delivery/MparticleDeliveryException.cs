using System;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Thrown from <c>EmitBatchAsync</c> when some batches failed transiently, so that Serilog's batching keeps
/// the log events and retries them; the ledger makes the retry resend exactly the undelivered batches.
/// Its message names counts and statuses only, never credentials or event data.
/// </summary>
sealed class MparticleDeliveryException : Exception
{
    public MparticleDeliveryException(string message)
        : base(message)
    {
    }

    public MparticleDeliveryException()
    {
    }

    public MparticleDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
