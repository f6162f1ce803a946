using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mparticle.Extensions.Logging.Tests.Support;

namespace Mparticle.Extensions.Logging.Tests.Readme;

/// <summary>
/// README.md's "ILogger calls" section: every C# snippet is the compiled code of <see cref="ReadmeSnippets"/>
/// (or <see cref="ShopLog"/>) verbatim, and every JSON block is what that code delivers to the local receiver.
/// </summary>
public partial class ReadmeTests
{
    const string Section = "## ILogger calls";

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z-]+) -->\s*```csharp\n(?<code>.*?)```(\s*```json\n(?<json>.*?)```)?", RegexOptions.Singleline)]
    private static partial Regex ReadmeSnippet();

    [GeneratedRegex(@"// <snippet:(?<name>[a-z-]+)>\n(?<code>.*?)\n\s*// </snippet:\k<name>>", RegexOptions.Singleline)]
    private static partial Regex SourceSnippet();

    static List<(string Name, string Code, string? Json)> Snippets()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf(Section + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "README.md has no '" + Section + "' section");
        var end = readme.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];

        return ReadmeSnippet().Matches(section)
            .Select(m => (m.Groups["name"].Value, m.Groups["code"].Value.TrimEnd(), m.Groups["json"].Success ? m.Groups["json"].Value : null))
            .ToList();
    }

    [Fact]
    public void TheReadmeShowsEachSnippetAsCompiled()
    {
        var sources = Directory.GetFiles(ThisDirectory(), "*.cs")
            .SelectMany(file => SourceSnippet().Matches(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal)))
            .ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["code"].Value));

        var snippets = Snippets();
        snippets.Select(s => s.Name).ShouldBe(sources.Keys, ignoreOrder: true);
        foreach (var (name, code, _) in snippets)
            code.ShouldBe(sources[name], name);
    }

    [Fact]
    public async Task EachCallDeliversTheJsonTheReadmeShows()
    {
        var withJson = Snippets().Where(s => s.Json is not null).ToList();
        withJson.Select(s => s.Name).ShouldBe(ReadmeSnippets.Calls.Keys.Where(name => name != "logger-message").Append("logger-message-call"), ignoreOrder: true);

        foreach (var (name, _, json) in withJson)
        {
            var call = ReadmeSnippets.Calls[name == "logger-message-call" ? "logger-message" : name];
            await using var receiver = await ReceiverPipeline.RunAsync(logger =>
            {
                if (name == "user-scope")
                {
                    call(logger);
                }
                else
                {
                    using (logger.BeginMparticleUser(new UserIdentities { CustomerId = "ann" }))
                        call(logger);
                }

                return Task.CompletedTask;
            }, configure: options => options.Environment = MparticleEnvironment.Production);

            var batch = JsonNode.Parse(ReceiverPipeline.UserBatches(receiver))!.AsArray().Single()!.AsObject();
            foreach (var item in batch["events"]!.AsArray())
            {
                var data = item!["data"]!.AsObject();
                data.Remove("timestamp_unixtime_ms");
                data.Remove("source_message_id");
            }

            JsonNode shown = name switch
            {
                "user-scope" => WithoutRequestId(batch),
                "user-attributes" => new JsonObject
                {
                    ["user_attributes"] = batch["user_attributes"]!.DeepClone(),
                    ["deleted_user_attributes"] = batch["deleted_user_attributes"]!.DeepClone(),
                },
                "consent-state" => new JsonObject { ["consent_state"] = WithoutTimestamps(batch["consent_state"]!.DeepClone()) },
                _ => batch["events"]!.AsArray().Single()!.DeepClone(),
            };
            SerilogCapture.Json(shown.ToJsonString()).ShouldBe(SerilogCapture.Json(json!), name);
        }
    }

    /// <summary>The consent purposes without their times (the log call's time when the call gives none), like the events'.</summary>
    static JsonNode WithoutTimestamps(JsonNode consent)
    {
        foreach (var purpose in consent["gdpr"]?.AsObject() ?? [])
            purpose.Value!.AsObject().Remove("timestamp_unixtime_ms");
        consent["ccpa"]?["data_sale_opt_out"]?.AsObject().Remove("timestamp_unixtime_ms");
        return consent;
    }

    static JsonObject WithoutRequestId(JsonObject batch)
    {
        var copy = batch.DeepClone().AsObject();
        copy.Remove("source_request_id");
        return copy;
    }

    static string Dedent(string code)
    {
        var lines = code.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(ThisDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mparticle.slnx")))
                return directory.FullName;
        }

        throw new InvalidOperationException("No Mparticle.slnx above " + ThisDirectory());
    }
}
