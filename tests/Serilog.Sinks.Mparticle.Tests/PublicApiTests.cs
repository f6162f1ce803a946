using PublicApiGenerator;

namespace Serilog.Sinks.Mparticle.Tests;

public class PublicApiTests
{
    [Fact]
    public void ThePublicApiIsTheApprovedOne()
    {
        var api = typeof(MparticleSinkOptions).Assembly.GeneratePublicApi(
            new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] });

        api.ShouldMatchApproved(options => options.WithDiscriminator("net10.0").NoDiff());
    }
}
