using System.Text.RegularExpressions;

namespace Mparticle.Samples.Tests.Support;

/// <summary>The repository's files: the README and its fenced blocks, and the sources that tests and samples compile.</summary>
static partial class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Readme => File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n");

    /// <summary>The contents of the README's fenced blocks of one language, in order.</summary>
    public static IReadOnlyList<string> ReadmeBlocks(string language, string? readme = null) =>
        [.. Regex.Matches(readme ?? Readme, "^```" + language + "\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline).Select(m => m.Groups[1].Value)];

    /// <summary>One top-level section of the README, from its heading to the next one.</summary>
    public static string ReadmeSection(string heading)
    {
        var readme = Readme;
        var start = readme.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"README.md has no section ## {heading}");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    /// <summary>The files with this extension under tests/ and samples/, without build output.</summary>
    public static IEnumerable<string> SourceFiles(string extension) =>
        new[] { "tests", "samples" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*" + extension, SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    /// <summary>The code without indentation or blank lines, so that a snippet can be found inside a file.</summary>
    public static string Flatten(string code) =>
        string.Join("\n", code.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    /// <summary>The text between <c>// begin-snippet: name</c> and <c>// end-snippet</c>, without its common indentation.</summary>
    public static string Snippet(string file, string name)
    {
        var source = File.ReadAllText(Path.Combine(Root, file)).ReplaceLineEndings("\n");
        var match = Regex.Match(source, @"// begin-snippet: " + Regex.Escape(name) + @"\n(.*?)\n[ ]*// end-snippet", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"{file} has no snippet {name}");
        var lines = match.Groups[1].Value.Split('\n');
        var indent = lines.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
        return string.Join("\n", lines.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart())) + "\n";
    }

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mparticle.slnx")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Mparticle.slnx not found above " + AppContext.BaseDirectory);
    }
}
