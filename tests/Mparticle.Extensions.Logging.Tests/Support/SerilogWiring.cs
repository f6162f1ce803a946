namespace Mparticle.Extensions.Logging.Tests.Support;

/// <summary>
/// The two ways applications put Serilog behind <c>ILogger</c>. They treat scopes differently: through Microsoft's
/// <c>LoggerFactory</c> a scope's property replaces the log call's property of the same name; through
/// <c>SerilogLoggerFactory</c> the call's own property wins.
/// </summary>
public enum SerilogWiring
{
    /// <summary><c>builder.Logging.AddSerilog()</c>: Microsoft's <c>LoggerFactory</c>, scopes kept by it (external scopes).</summary>
    LoggingBuilder,

    /// <summary><c>UseSerilog()</c> / <c>services.AddSerilog()</c>: <c>SerilogLoggerFactory</c>, scopes kept by Serilog.</summary>
    SerilogLoggerFactory,
}
