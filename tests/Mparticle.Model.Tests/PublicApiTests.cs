using PublicApiGenerator;

namespace Mparticle.Tests;

public class PublicApiTests
{
    [Fact]
    public void ThePublicApiOfMparticleModelIsApproved()
    {
        var api = typeof(Batch).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });
        api.ShouldMatchApproved(options => options.WithFilenameGenerator((_, _, type, _) => $"Mparticle.Model.{type}.txt"));
    }
}
