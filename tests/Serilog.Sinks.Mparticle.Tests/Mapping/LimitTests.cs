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

    [Fact]
    public void ConsentTextsAreCutTo4096CharactersAndEachCutIsCounted()
    {
        var consent = new ConsentState
        {
            Gdpr =
            {
                ["marketing"] = new GdprConsentState
                {
                    Consented = true,
                    Document = new string('d', 5000),
                    Location = new string('l', 4097),
                    HardwareId = new string('h', 6000),
                    Regulation = "gdpr",
                },
            },
            Ccpa = new CcpaConsentState { Consented = true, Location = new string('c', 4100), Document = "ccpa-1" },
        };

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u").ForContext(MparticleProperties.MpConsentState, consent, destructureObjects: true),
            "{MpEventType}", "consent_state"));

        var marketing = mapping.ConsentState!.Gdpr["marketing"];
        marketing.Document.ShouldBe(new string('d', 4096));
        marketing.Location.ShouldBe(new string('l', 4096));
        marketing.HardwareId.ShouldBe(new string('h', 4096));
        marketing.Regulation.ShouldBe("gdpr");
        mapping.ConsentState.Ccpa!.Location.ShouldBe(new string('c', 4096));
        mapping.ConsentState.Ccpa.Document.ShouldBe("ccpa-1");
        _harness.Counters[SinkCounter.ValuesTrimmed].ShouldBe(4);
        _harness.Counters[SinkCounter.NamesTrimmed].ShouldBe(0);
    }

    [Fact]
    public void ALongConsentPurposeNameIsCutTo256CharactersAndCounted()
    {
        var name = new string('p', 300);
        var payload = new Dictionary<string, object>
        {
            ["gdpr"] = new Dictionary<string, object>
            {
                [name] = new Dictionary<string, object> { ["consented"] = true },
                ["analytics"] = new Dictionary<string, object> { ["consented"] = false },
            },
        };

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u").ForContext(MparticleProperties.MpConsentState, payload, destructureObjects: true),
            "{MpEventType}", "consent_state"));

        mapping.ConsentState!.Gdpr.Keys.ShouldBe([name[..256], "analytics"], ignoreOrder: true);
        mapping.ConsentState.Gdpr[name[..256]].Consented.ShouldBe(true);
        _harness.Counters[SinkCounter.NamesTrimmed].ShouldBe(1);
    }

    [Fact]
    public void ConsentSetByTheCustomMappingIsCutToo()
    {
        var harness = new MapperHarness(o => o.CustomMapping = (_, mapping) =>
            mapping.ConsentState = new ConsentState { Ccpa = new CcpaConsentState { Consented = false, TimestampUnixtimeMs = 1, Document = new string('x', 5000) } });

        var mapping = harness.MapOne(Some.AppEvent("Opened", "u"));

        mapping.ConsentState!.Ccpa!.Document!.Length.ShouldBe(4096);
        harness.Counters[SinkCounter.ValuesTrimmed].ShouldBe(1);
    }
}
