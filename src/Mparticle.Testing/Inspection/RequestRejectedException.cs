using System;

namespace Mparticle.Testing.Inspection;

/// <summary>
/// Thrown while inspecting a request body when the whole request must be answered 400; the message says
/// what is wrong and where (a JSON path or a batch index). Only the rejection path pays for the exception.
/// </summary>
internal sealed class RequestRejectedException : Exception
{
    public RequestRejectedException(string message)
        : base(message)
    {
    }

    public RequestRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RequestRejectedException()
    {
    }
}
