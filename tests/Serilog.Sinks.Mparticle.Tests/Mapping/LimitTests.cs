using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Mapping;

public class LimitTests
{
    readonly MapperHarness _harness = new();

    [Fact]
    public void ALongEventNameIsCutTo256CharactersAndCounted()
    {
        var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} {MpEventName} {UserId}", "other", new string('n', 300), "u"));

        mapping.Event.ShouldBeOfType<AppEvent>().EventName.Length.ShouldBe(256);
        _harness.Counters[SinkCounter.NamesTrimmed].ShouldBe(1);
    }

    [Fact]
    public void ALongAttributeValueIsCutTo4096CharactersAndCounted()
    {
        var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} {UserId} {Note}", "other", "u", new string('v', 5000)));

        mapping.Event!.CustomAttributes["Note"].ToString().Length.ShouldBe(4096);
        _harness.Counters[SinkCounter.ValuesTrimmed].ShouldBe(1);
    }

    [Fact]
    public void ALongAttributeNameIsCutTo256CharactersAndCounted()
    {
        var name = new string('k', 300);
        var mapping = _harness.MapOne(Some.LogEvent(
            "{MpEventType} {UserId} {@MpAttributes}", "other", "u", new Dictionary<string, int> { [name] = 1 }));

        mapping.Event!.CustomAttributes.Keys.Single().ShouldBe(name[..256]);
        _harness.Counters[SinkCounter.NamesTrimmed].ShouldBe(1);
    }

    [Fact]
    public void AnEventKeepsAtMost100AttributesAndCountsTheRest()
    {
        var attributes = Enumerable.Range(0, 150).ToDictionary(i => $"a{i:000}", i => i);

        var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} {UserId} {@MpAttributes}", "other", "u", attributes));

        mapping.Event!.CustomAttributes.Count.ShouldBe(100);
        mapping.Event.CustomAttributes.Keys.First().ShouldBe("a000");
        mapping.Event.CustomAttributes.Keys.Last().ShouldBe("a099");
        _harness.Counters[SinkCounter.AttributesDropped].ShouldBe(50);
    }

    [Fact]
    public void AUserAttributeListKeeps1000EntriesOf512CharactersAtMost()
    {
        var entries = Enumerable.Range(0, 1200).Select(i => i == 0 ? new string('x', 600) : $"e{i}").ToArray();

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext(MparticleProperties.MpUserAttributes, new Dictionary<string, object> { ["list"] = entries }, destructureObjects: true),
            "{MpEventType} {UserId}", "user_attribute_change", "u"));

        mapping.UserAttributes["list"].TryGetList(out var list).ShouldBeTrue();
        list.Count.ShouldBe(1000);
        list[0].Length.ShouldBe(512);
        _harness.Counters[SinkCounter.UserAttributesDropped].ShouldBe(200);
        _harness.Counters[SinkCounter.ValuesTrimmed].ShouldBe(1);
    }

    [Fact]
    public void CuttingNeverSplitsASurrogatePair()
    {
        var value = new string('v', 4095) + "😀";

        var mapping = _harness.MapOne(Some.LogEventWith("{MpEventType}",
            (MparticleProperties.MpEventType, new ScalarValue("other")), ("UserId", new ScalarValue("u")), ("Note", new ScalarValue(value))));

        mapping.Event!.CustomAttributes["Note"].ToString().ShouldBe(new string('v', 4095));
    }

    [Fact]
    public void LimitsApplyAfterTheCustomMapping()
    {
        var harness = new MapperHarness(o => o.CustomMapping = (_, mapping) =>
            mapping.Event!.CustomAttributes["added"] = new string('c', 5000));

        var mapping = harness.MapOne(Some.AppEvent("Opened", "u"));

        mapping.Event!.CustomAttributes["added"].ToString().Length.ShouldBe(4096);
        harness.Counters[SinkCounter.ValuesTrimmed].ShouldBe(1);
    }
}
