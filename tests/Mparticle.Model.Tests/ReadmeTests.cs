using System.Runtime.CompilerServices;
using Mparticle.Tests.Support;

namespace Mparticle.Tests;

/// <summary>The README's model example compiles and runs (it is this code), and the README shows exactly this code.</summary>
public class ReadmeTests
{
    [Fact]
    public void TheReadmeModelExampleRunsAndProducesValidJson()
    {
        // README:begin
        var batch = new Batch
        {
            Environment = MparticleEnvironment.Development,
            SourceRequestId = Guid.NewGuid().ToString(), // keep it across retries: mParticle de-duplicates on it
            UserIdentities = new UserIdentities { CustomerId = "1234", Email = "ada@example.com" },
            UserAttributes = { ["$firstname"] = "Ada", ["plan"] = "gold", ["tags"] = new[] { "beta", "vip" } },
            ConsentState = new ConsentState
            {
                Gdpr = { ["My Purpose"] = new GdprConsentState { Consented = true, Timestamp = DateTimeOffset.UtcNow } },
            },
            Events =
            {
                new AppEvent("Example", CustomEventType.Navigation) { CustomAttributes = { ["foo"] = "bar", ["count"] = 3 } },
                ApplicationStateTransitionEvent.CreateInstallEvent(),
                new CommerceEvent(new ProductAction(ProductActionType.Purchase)
                {
                    Products = { new Product("SKU-1", "Widget") { Price = 19.99m, Quantity = 1 } },
                    TaxAmount = 1.50m,
                }),
            },
        };

        string json = MparticleJson.Serialize(batch);        // the body of POST /v2/events
        Batch copy = MparticleJson.Deserialize(json);        // strict: a JsonException names the JSON path
        string bulk = MparticleJson.SerializeBulk([batch]);  // the body of POST /v2/bulkevents
        // README:end

        OfficialSchema.ShouldBeValidBatch(json);
        MparticleJson.Serialize(copy).ShouldBe(json);
        bulk.ShouldBe($"[{json}]");
        json.ShouldContain("""{"event_type":"custom_event","data":{"event_name":"Example","custom_event_type":"navigation","custom_attributes":{"foo":"bar","count":3}}}""");
        json.ShouldContain("""{"action":"purchase","tax_amount":1.50,"products":[{"id":"SKU-1","name":"Widget","price":19.99,"quantity":1}]}""");
    }

    [Fact]
    public void TheReadmeShowsExactlyTheTestedExample()
    {
        var testCode = Unindent(Between(File.ReadAllLines(ThisFile()), "// README:begin", "// README:end"));
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var modelSection = readme.SkipWhile(l => l != "## The model").ToArray();
        var readmeCode = Unindent(Between(modelSection, "```csharp", "```"));
        readmeCode.ShouldBe(testCode);
    }

    private static string[] Between(string[] lines, string start, string end) =>
        lines.SkipWhile(l => l.Trim() != start).Skip(1).TakeWhile(l => l.Trim() != end).ToArray();

    private static string Unindent(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.Trim()));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(ThisFile())!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mparticle.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Mparticle.slnx above the test sources.");
    }
}
