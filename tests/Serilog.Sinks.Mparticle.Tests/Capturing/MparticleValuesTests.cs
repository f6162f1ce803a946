using System.IO;
using Microsoft.Extensions.Configuration;
using Mparticle;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Serilog.Sinks.Mparticle.Tests.Capturing;

/// <summary>
/// <c>Destructure.MparticleValues()</c>: mParticle's attribute values show as their values in ordinary Serilog
/// output (text and JSON), where Serilog would otherwise destructure them into a structure led by their kind.
/// </summary>
public class MparticleValuesTests
{
    [Fact]
    public void ADestructuredAttributeValueRendersAsItsValue()
    {
        var logEvent = Capture(c => c.Destructure.MparticleValues(), "Plan {@Plan}, seats {@Seats}", (AttributeValue)"gold", (AttributeValue)3);

        logEvent.RenderMessage().ShouldBe("Plan \"gold\", seats 3");
    }

    [Fact]
    public void ALoggedEventsCustomAttributesShowTheirValuesInJson()
    {
        var appEvent = new AppEvent("Upgraded", CustomEventType.Transaction);
        appEvent.CustomAttributes["plan"] = "gold";
        appEvent.CustomAttributes["seats"] = 3;
        appEvent.CustomAttributes["price"] = 9.99m;
        appEvent.CustomAttributes["trial"] = false;

        var json = Json(Capture(c => c.Destructure.MparticleValues(), "{@Event}", appEvent));

        json.ShouldContain("\"CustomAttributes\": {\"plan\": \"gold\", \"seats\": 3, \"price\": 9.99, \"trial\": false}");
        json.ShouldNotContain("Kind");
    }

    [Fact]
    public void AUserAttributeListIsASequenceOfItsStrings()
    {
        var attributes = new Dictionary<string, UserAttributeValue> { ["tags"] = new[] { "a", "b" }, ["plan"] = "gold" };

        var logEvent = Capture(c => c.Destructure.MparticleValues(), "{@Attributes}", attributes);

        logEvent.RenderMessage().ShouldBe("[(\"tags\": [\"a\", \"b\"]), (\"plan\": \"gold\")]");
    }

    [Fact]
    public void WithoutThePolicyAValueStillRendersAsItsTextAndDestructuresWithItsValue()
    {
        var logEvent = Capture(c => c, "Plan {Plan}, destructured {@Seats}", (AttributeValue)"gold", (AttributeValue)3);

        logEvent.RenderMessage().ShouldBe("Plan \"gold\", destructured AttributeValue { Kind: Integer, IsNull: False, Value: 3 }");
        var seats = logEvent.Properties["Seats"].ShouldBeOfType<StructureValue>();
        seats.Properties.Single(p => p.Name == "Value").Value.ShouldBe(new ScalarValue(3L));
    }

    [Fact]
    public void AppSettingsCanTurnThePolicyOn()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:Using:0"] = "Serilog.Sinks.Mparticle",
            ["Serilog:Destructure:0:Name"] = "MparticleValues",
        }).Build();

        var logEvent = Capture(c => c.ReadFrom.Configuration(configuration), "{@Plan}", (AttributeValue)"gold");

        logEvent.RenderMessage().ShouldBe("\"gold\"");
    }

    static LogEvent Capture(Func<LoggerConfiguration, LoggerConfiguration> configure, string template, params object?[] values)
    {
        var collector = new Collector();
        using (var logger = configure(new LoggerConfiguration()).WriteTo.Sink(collector).CreateLogger())
            logger.Information(template, values);
        return collector.Events.Single();
    }

    static string Json(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        new JsonFormatter().Format(logEvent, writer);
        return writer.ToString().Replace("\":", "\": ").Replace(",\"", ", \"");
    }

    sealed class Collector : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
