using System.Text.RegularExpressions;

namespace Mparticle.Testing.Tests.Readme;

public class ReadmeTests
{
    private const string Section = "## The local receiver";

    [Fact]
    public void EveryCSharpSnippetOfTheReceiverSectionIsCompiledByATest()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Section + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "README.md has no receiver section");
        var end = readme.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];

        var inReadme = Regex.Matches(section, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var compiled = Snippets(File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Mparticle.Testing.Tests", "Readme", "ReadmeSnippets.cs")).ReplaceLineEndings("\n"));

        inReadme.ShouldNotBeEmpty();
        inReadme.ShouldBe(compiled);
    }

    /// <summary>The text between each begin-snippet and end-snippet line, with the common indentation removed.</summary>
    private static List<string> Snippets(string source) =>
        Regex.Matches(source, @"// begin-snippet: [\w-]+\n(.*?)\n[ ]*// end-snippet", RegexOptions.Singleline)
            .Select(m => Dedent(m.Groups[1].Value))
            .ToList();

    private static string Dedent(string text)
    {
        var lines = text.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())) + "\n";
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mparticle.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Mparticle.slnx not found above " + AppContext.BaseDirectory);
    }
}
