namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>Tests that set process-wide environment variables; they never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Environment variables";
}
