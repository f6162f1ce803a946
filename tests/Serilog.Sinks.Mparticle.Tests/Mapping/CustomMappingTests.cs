using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Mapping;

[Collection(SelfLogCollection.Name)]
public class CustomMappingTests
{
    [Fact]
    public void ACustomMappingCanTurnAnIgnoredLogEventIntoAnEventWithConventionIdentities()
    {
        var harness = new MapperHarness(o => o.CustomMapping = (logEvent, mapping) =>
        {
            if (logEvent.MessageTemplate.Text.StartsWith("Login", StringComparison.Ordinal))
                mapping.Event = new AppEvent("Logged in", CustomEventType.UserPreference);
        });

        var mapping = harness.MapOne(Some.LogEvent("Login succeeded for {UserId}", "u-5"));

        mapping.Event.ShouldBeOfType<AppEvent>().EventName.ShouldBe("Logged in");
        mapping.Identities.CustomerId.ShouldBe("u-5");
    }

    [Fact]
    public void ACustomMappingThatLeavesAnIgnoredLogEventAloneSendsNothing()
    {
        var harness = new MapperHarness(o => o.CustomMapping = (_, _) => { });

        harness.Map(Some.LogEvent(
            l => l.ForContext(MparticleProperties.MpUserAttributes, new Dictionary<string, string> { ["plan"] = "gold" }, destructureObjects: true),
            "Rendering {Page} for {UserId}", "home", "u")).ShouldBeNull();
    }

    [Fact]
    public void ACustomMappingCanSkipAnEventAndAddToOthers()
    {
        var harness = new MapperHarness(o => o.CustomMapping = (_, mapping) =>
        {
            if (mapping.Event is AppEvent { EventName: "Noise" })
                mapping.Event = null;
            else
                mapping.Identities.Other = "tenant-1";
        });

        harness.Map(Some.AppEvent("Noise", "u")).ShouldBeNull();
        harness.MapOne(Some.AppEvent("Signal", "u")).Identities.Other.ShouldBe("tenant-1");
    }

    [Fact]
    public void AnExceptionInTheCustomMappingDropsThatLogEventAndIsReported()
    {
        using var selfLog = new SelfLogCollector();
        var harness = new MapperHarness(o => o.CustomMapping = (_, _) => throw new InvalidOperationException("mapper bug"));

        harness.Map(Some.AppEvent("Opened", "u")).ShouldBeNull();

        harness.Counters[SinkCounter.DroppedMappingFailed].ShouldBe(1);
        selfLog.Text.ShouldContain("mapper bug");
    }
}
