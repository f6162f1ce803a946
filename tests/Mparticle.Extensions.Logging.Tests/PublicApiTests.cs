using PublicApiGenerator;

namespace Mparticle.Extensions.Logging.Tests;

public class PublicApiTests
{
    [Fact]
    public void ThePublicApiIsTheApprovedOne()
    {
        var api = typeof(MparticleLoggerExtensions).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"],
        });

        api.ShouldMatchApproved(options => options.NoDiff());
    }
}
