using System.Reflection;

namespace Mparticle.Tests.Support;

/// <summary>
/// Finds the shared reference folder (<c>shared/reference</c>) that lives beside the repository: first the
/// path MSBuild baked into the test assembly, then by walking up from the test binaries (CI clones the
/// repository into any folder with <c>shared/</c> next to it).
/// </summary>
internal static class SharedReference
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string SchemaDirectory => Path.Combine(Root.Value, "reference", "schema");

    public static string SchemaFile(string name) => Path.Combine(SchemaDirectory, name);

    private static string Locate()
    {
        var baked = typeof(SharedReference).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MparticleSharedDir")?.Value;
        if (!string.IsNullOrEmpty(baked) && Directory.Exists(Path.Combine(baked, "reference", "schema")))
        {
            return Path.GetFullPath(baked);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "reference", "schema")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/reference/schema folder found beside the repository (searched upward from {AppContext.BaseDirectory}).");
    }
}
