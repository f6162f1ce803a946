namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>Tests that enable the process-wide SelfLog; they never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SelfLogCollection
{
    public const string Name = "SelfLog";
}
