using System.Text.Json;
using System.Text.RegularExpressions;
using Mparticle.Samples.Tests.Support;

namespace Mparticle.Samples.Tests.Readme;

/// <summary>
/// The README as a new user reads it: the two commands on the first screen, the sections in the order they
/// need them, and every snippet compiled or run by a test or a sample.
/// </summary>
public sealed class ReadmeTests
{
    [Fact]
    public void TheFirstScreenSaysWhatItIsAndGivesTheTwoCommands()
    {
        var firstScreen = string.Join("\n", Repository.Readme.Split('\n').Take(40));

        firstScreen.ShouldStartWith("# mParticle for .NET logging\n");
        firstScreen.ShouldContain("mParticle's Events API");
        var commands = Repository.ReadmeBlocks("bash", firstScreen)[0].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('#')[0].Trim());
        commands.ShouldBe(["dotnet run --project samples/Quickstart", "dotnet test"]);
        firstScreen.ShouldContain("only the .NET 10 SDK");
        File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run")).ShouldContain("dotnet test 2>&1");
    }

    [Fact]
    public void TheSectionsComeInTheOrderANewUserNeedsThem()
    {
        var headings = Regex.Matches(Repository.Readme, "^(##+) (.+)$", RegexOptions.Multiline).Select(m => m.Groups[2].Value).ToList();

        string[] expected =
        [
            "Install", "Quick start in code", "The Serilog sink", "Configure in appsettings.json", "The conventions", "Options",
            "Delivery, retries and de-duplication", "ILogger calls", "The local receiver", "Performance", "Troubleshooting", "The samples", "Development",
        ];
        var positions = expected.Select(heading => headings.IndexOf(heading)).ToList();
        positions.ShouldAllBe(position => position >= 0, $"headings: {string.Join(" | ", headings)}");
        positions.ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void TheQuickStartInCodeIsTheTestedCode()
    {
        var snippet = Repository.Snippet("tests/Samples.Tests/Readme/QuickStartInCodeTests.cs", "quick-start-in-code");

        Repository.ReadmeBlocks("csharp", Repository.ReadmeSection("Quick start in code")).ShouldBe([snippet]);
    }

    [Fact]
    public void EveryCSharpSnippetIsCompiledByATestOrASample()
    {
        var compiled = Repository.SourceFiles(".cs").Select(path => Repository.Flatten(File.ReadAllText(path))).ToList();
        var snippets = Repository.ReadmeBlocks("csharp");

        snippets.Count.ShouldBeGreaterThan(5);
        foreach (var snippet in snippets)
            compiled.ShouldContain(source => source.Contains(Repository.Flatten(snippet), StringComparison.Ordinal), $"no test or sample compiles:\n{snippet}");
    }

    [Fact]
    public void EveryJsonSnippetIsAFileThatATestOrSampleReadsOrTheCheckedOutputOfTheCodeBeforeIt()
    {
        var files = Repository.SourceFiles(".json").Select(path => Repository.Flatten(File.ReadAllText(path))).ToList();
        var blocks = Regex.Matches(Repository.Readme, "(```\\s*)?^```json\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);

        blocks.Count.ShouldBeGreaterThan(0);
        foreach (Match block in blocks)
        {
            var json = block.Groups[2].Value;
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

            // Right after a C# snippet, it is what that code sends: the section's own tests run the code and
            // compare (Mparticle.Extensions.Logging.Tests' ReadmeTests). Otherwise it is configuration, in a file.
            if (!block.Groups[1].Success)
                files.ShouldContain(file => file.Contains(Repository.Flatten(json), StringComparison.Ordinal), $"no test or sample reads:\n{json}");
        }
    }

    [Fact]
    public void EveryCommandNamesAProjectOrPackageOfThisRepository()
    {
        var commands = Repository.ReadmeBlocks("bash").SelectMany(block => block.Split('\n'))
            .Select(line => line.Split(" #")[0].Trim()).Where(line => line.Length > 0).ToList();

        commands.ShouldContain("dotnet test");
        foreach (var command in commands)
        {
            if (Regex.Match(command, @"--project (\S+)") is { Success: true } project)
                Directory.EnumerateFiles(Path.Combine(Repository.Root, project.Groups[1].Value), "*.csproj").ShouldHaveSingleItem(command);
            if (Regex.Match(command, @"^dotnet add package (\S+)$") is { Success: true } package)
                File.Exists(Path.Combine(Repository.Root, "src", package.Groups[1].Value, package.Groups[1].Value + ".csproj")).ShouldBeTrue(command);
        }
    }

    [Fact]
    public void TroubleshootingCoversSelfLogFlushingMetricsRefusedCredentialsAndRateLimits()
    {
        var troubleshooting = Repository.ReadmeSection("Troubleshooting");

        foreach (var topic in new[] { "SelfLog.Enable(Console.Error)", "Log.CloseAndFlush()", "dotnet-counters", "**401 or 403.**", "**429 Too Many Requests.**", "Retry-After" })
            troubleshooting.ShouldContain(topic);
    }
}
