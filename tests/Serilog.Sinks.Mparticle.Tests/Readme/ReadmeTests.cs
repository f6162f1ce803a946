using System.IO;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Mparticle;
using Mparticle.Testing;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Readme;

/// <summary>The README's sink section: its snippets compile (in <see cref="ReadmeExamples"/>) and work.</summary>
[Collection(EnvironmentCollection.Name)]
public class ReadmeTests
{
    static readonly string Root = FindRoot();

    static string SinkSection()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var start = readme.IndexOf("## The Serilog sink", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    static IEnumerable<string> Blocks(string language) =>
        Regex.Matches(SinkSection(), "```" + language + "\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    static string Flatten(string code) =>
        string.Join("\n", code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    static string ReadmeDirectory => Path.Combine(Root, "tests", "Serilog.Sinks.Mparticle.Tests", "Readme");

    [Fact]
    public void EveryCSharpSnippetOfTheSinkSectionIsCompiledInReadmeExamples()
    {
        var compiled = Flatten(File.ReadAllText(Path.Combine(ReadmeDirectory, "ReadmeExamples.cs")));
        var snippets = Blocks("csharp").ToList();

        snippets.Count.ShouldBe(3);
        foreach (var snippet in snippets)
            compiled.ShouldContain(Flatten(snippet));
    }

    [Fact]
    public void TheAppsettingsSnippetIsTheFileTheTestsBind()
    {
        Flatten(Blocks("json").Single()).ShouldBe(Flatten(File.ReadAllText(Path.Combine(ReadmeDirectory, "appsettings.readme.json"))));
    }

    [Fact]
    public void EveryConventionPropertyIsInTheConventionsTable()
    {
        var section = SinkSection();
        foreach (var field in typeof(MparticleProperties).GetFields())
            section.ShouldContain($"`{field.GetValue(null)}`");
    }

    [Fact]
    public async Task TheAppsettingsSnippetWorksAsWritten()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = "REPLACE_WITH_YOUR_API_KEY", ApiSecret = "readme-secret" });
        Environment.SetEnvironmentVariable("MPARTICLE_API_SECRET", "readme-secret");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(ReadmeDirectory, "appsettings.readme.json"))
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Serilog:WriteTo:0:Args:options:ServerUrl"] = receiver.BaseUrl,
                    ["Serilog:WriteTo:0:Args:options:BatchSizeLimit"] = "2",
                })
                .Build();
            using (var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger())
            {
                logger.Information("Order {OrderId} placed by {UserId} for {Total}", 1001, "c-42", 19.98m);
                logger.ForContext("SourceContext", "Shop.Search").Information("Searched {Query} in {Ms} ms", "socks", 12);
                await receiver.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("MPARTICLE_API_SECRET", null);
        }

        var batches = receiver.Batches;
        batches[0].UserIdentities!.CustomerId.ShouldBe("c-42");
        batches[0].Events.Single().ShouldBeOfType<AppEvent>().EventName.ShouldBe("Order Placed");
        batches[1].UserIdentities!.Other.ShouldBe("anonymous");
        batches[1].Events.Single().ShouldBeOfType<AppEvent>().CustomAttributes.Keys.ShouldBe(["Query"]);
    }

    [Fact]
    public async Task TheLogCallsSnippetSendsThreeEventsForTheUser()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = "key", ApiSecret = "secret" });
        using (var logger = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .WriteTo.Mparticle("key", "secret", o =>
            {
                o.ServerUrl = receiver.BaseUrl;
                o.BatchSizeLimit = 3;
                o.Period = TimeSpan.FromHours(1);
            })
            .CreateLogger())
        {
            ReadmeExamples.LogCalls(logger);
            await receiver.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30));
        }

        receiver.EventsFor("c-42").Select(e => e.EventType).ShouldBe([EventType.CustomEvent, EventType.ScreenView, EventType.CommerceEvent]);
    }

    [Fact]
    public void TheMetricsTableListsExactlyTheInstrumentsTheSinkPublishes()
    {
        var documented = Regex.Matches(SinkSection(), @"^\| `(mparticle\.sink\.[a-z._]+)` \| (counter|gauge) \| `([^`]+)` \|", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[1].Value} {(m.Groups[2].Value == "gauge" ? "ObservableGauge" : "Counter")} {m.Groups[3].Value}")
            .Order()
            .ToList();

        using var harness = new SinkHarness();
        var published = new List<string>();
        using (var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (ReferenceEquals(instrument.Meter, harness.Sink.Meter))
                    published.Add($"{instrument.Name} {instrument.GetType().Name.Split('`')[0]} {instrument.Unit}");
            },
        })
        {
            listener.Start();
        }

        documented.ShouldBe(published.Order().ToList());
    }

    [Fact]
    public void TheOptionsTableListsEveryOption()
    {
        var section = SinkSection();
        foreach (var property in typeof(MparticleSinkOptions).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            section.ShouldContain($"| `{property.Name}` |");
    }

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mparticle.slnx")))
                return directory.FullName;
        }

        throw new InvalidOperationException("The repository root (Mparticle.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
