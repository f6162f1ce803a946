using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Mapping;

public class ConsentTests
{
    readonly MapperHarness _harness = new();

    static ConsentState Consent(string purpose, bool consented, long? timestamp = 1_700_000_000_000, bool? ccpaOptOut = null)
    {
        var consent = new ConsentState
        {
            Gdpr = { [purpose] = new GdprConsentState { Consented = consented, TimestampUnixtimeMs = timestamp, Document = "v2", Location = "signup", HardwareId = "hw-1" } },
        };
        if (ccpaOptOut is { } optOut)
            consent.Ccpa = new CcpaConsentState { Consented = optOut, TimestampUnixtimeMs = timestamp };
        return consent;
    }

    [Fact]
    public void AConsentOnlyLogEventHasNoEventOnlyTheDestructuredConsentState()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpConsentState, Consent("Marketing", true, ccpaOptOut: false), destructureObjects: true),
            "{MpEventType}", "consent_state"));

        mapping.Event.ShouldBeNull();
        var gdpr = mapping.ConsentState.ShouldNotBeNull().Gdpr["Marketing"];
        gdpr.Consented.ShouldBe(true);
        gdpr.TimestampUnixtimeMs.ShouldBe(1_700_000_000_000);
        gdpr.Document.ShouldBe("v2");
        gdpr.Location.ShouldBe("signup");
        gdpr.HardwareId.ShouldBe("hw-1");
        var ccpa = mapping.ConsentState.Ccpa.ShouldNotBeNull();
        ccpa.Consented.ShouldBe(false);
        ccpa.TimestampUnixtimeMs.ShouldBe(1_700_000_000_000);
        _harness.Counters[SinkCounter.LogEventsMapped].ShouldBe(1);
    }

    [Fact]
    public void ADictionaryWithMparticlesJsonNamesIsReadToo()
    {
        var payload = new Dictionary<string, object>
        {
            ["gdpr"] = new Dictionary<string, object>
            {
                ["Analytics"] = new Dictionary<string, object> { ["consented"] = false, ["timestamp_unixtime_ms"] = 42L, ["hardware_id"] = "hw" },
            },
            ["ccpa"] = new Dictionary<string, object>
            {
                ["data_sale_opt_out"] = new Dictionary<string, object> { ["consented"] = true, ["timestamp_unixtime_ms"] = 43L, ["document"] = "ccpa-1" },
            },
        };

        var consent = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpConsentState, payload, destructureObjects: true),
            "{MpEventType}", "consent_state")).ConsentState.ShouldNotBeNull();

        consent.Gdpr["Analytics"].Consented.ShouldBe(false);
        consent.Gdpr["Analytics"].TimestampUnixtimeMs.ShouldBe(42);
        consent.Gdpr["Analytics"].HardwareId.ShouldBe("hw");
        consent.Ccpa.ShouldNotBeNull().Consented.ShouldBe(true);
        consent.Ccpa.TimestampUnixtimeMs.ShouldBe(43);
        consent.Ccpa.Document.ShouldBe("ccpa-1");
    }

    [Fact]
    public void APurposeWithoutATimestampTakesTheLogEventsTimeAndOneWithoutConsentedIsIgnored()
    {
        var payload = new Dictionary<string, object>
        {
            ["gdpr"] = new Dictionary<string, object>
            {
                ["Marketing"] = new Dictionary<string, object> { ["consented"] = true },
                ["Broken"] = new Dictionary<string, object> { ["document"] = "no decision" },
            },
        };

        var consent = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpConsentState, payload, destructureObjects: true),
            "{MpEventType}", "consent_state")).ConsentState.ShouldNotBeNull();

        consent.Gdpr.Keys.ShouldBe(["Marketing"]);
        consent.Gdpr["Marketing"].TimestampUnixtimeMs.ShouldBe(Some.Timestamp.ToUnixTimeMilliseconds());
        consent.Ccpa.ShouldBeNull();
    }

    [Fact]
    public void ConsentWithoutAMarkerOrRuleIsIgnoredLikeUserAttributes()
    {
        _harness.Map(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpConsentState, Consent("Marketing", true), destructureObjects: true),
            "Consent changed")).ShouldBeNull();

        _harness.Counters[SinkCounter.LogEventsIgnored].ShouldBe(1);
    }

    [Fact]
    public void AConsentMarkerWithoutUsableConsentSendsNothing()
    {
        _harness.Map(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{MpEventType}", "consent_state")).ShouldBeNull();

        _harness.Counters[SinkCounter.LogEventsIgnored].ShouldBe(1);
    }

    [Fact]
    public void ConsentOnAnAppEventTravelsWithTheEvent()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpConsentState, Consent("Marketing", true), destructureObjects: true),
            "{MpEventType} {MpEventName}", "user_preference", "Signed Up"));

        mapping.Event.ShouldBeOfType<AppEvent>().EventName.ShouldBe("Signed Up");
        mapping.Event.CustomAttributes.ShouldBeEmpty();
        mapping.ConsentState.ShouldNotBeNull().Gdpr["Marketing"].Consented.ShouldBe(true);
    }

    [Fact]
    public void ACustomMappingCanSetConsent()
    {
        var harness = new MapperHarness(o => o.CustomMapping = (logEvent, mapping) =>
        {
            if (logEvent.MessageTemplate.Text.StartsWith("Cookie banner", StringComparison.Ordinal))
                mapping.ConsentState = Consent("Cookies", true);
        });

        var mapping = harness.MapOne(Some.LogEvent("Cookie banner accepted by {UserId}", "u-5"));

        mapping.Event.ShouldBeNull();
        mapping.Identities.CustomerId.ShouldBe("u-5");
        mapping.ConsentState.ShouldNotBeNull().Gdpr["Cookies"].Consented.ShouldBe(true);
    }
}
