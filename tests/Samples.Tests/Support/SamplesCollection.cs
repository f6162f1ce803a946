namespace Mparticle.Samples.Tests.Support;

/// <summary>
/// The sample tests run one at a time: each starts a program or a web server plus a receiver, and the web app
/// sets Serilog's static logger and SelfLog.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SamplesCollection
{
    public const string Name = "Samples";
}
