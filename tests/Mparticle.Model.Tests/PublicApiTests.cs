using PublicApiGenerator;

namespace Mparticle.Tests;

public class PublicApiTests
{
    [Fact]
    public void ThePublicApiOfMparticleModelIsApproved()
    {
        var api = typeof(EventsApi).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });

        api.ShouldMatchApproved(options => options.NoDiff().WithFilenameGenerator((info, _, type, extension) => $"{info.DeclaringTypeName}.{info.MethodName}.{type}.{extension}"));
    }
}
