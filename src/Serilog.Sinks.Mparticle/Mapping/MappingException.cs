using System;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>A log event claims to be an mParticle event but its payload cannot make one (counted, never thrown to the app).</summary>
sealed class MappingException : Exception
{
    public MappingException(string message)
        : base(message)
    {
    }

    public MappingException()
    {
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
