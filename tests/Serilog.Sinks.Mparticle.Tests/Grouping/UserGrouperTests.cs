using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Grouping;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Grouping;

public class UserGrouperTests
{
    readonly MapperHarness _harness = new();
    readonly SinkCounters _counters = new();

    List<UserBatch> Group(params LogEvent[] logEvents)
    {
        var grouper = new UserGrouper(MparticleEnvironment.Development, _counters);
        foreach (var logEvent in logEvents)
            grouper.Add(_harness.MapOne(logEvent));
        return grouper.Complete();
    }

    [Fact]
    public void EachUserGetsOneBatchInTheOrderUsersFirstAppear()
    {
        var batches = Group(Some.AppEvent("a1", "ann"), Some.AppEvent("b1", "bob"), Some.AppEvent("a2", "ann"));

        batches.Count.ShouldBe(2);
        batches[0].Batch.UserIdentities!.CustomerId.ShouldBe("ann");
        batches[0].Batch.Events.Cast<AppEvent>().Select(e => e.EventName).ShouldBe(["a1", "a2"]);
        batches[0].LogEventCount.ShouldBe(2);
        batches[1].Batch.UserIdentities!.CustomerId.ShouldBe("bob");
        batches.ShouldAllBe(b => b.Batch.Environment == MparticleEnvironment.Development);
    }

    [Fact]
    public void DifferentIdentitiesOrMpidsAreDifferentUsers()
    {
        var batches = Group(
            Some.LogEvent("{MpEventType} {UserId}", "other", "ann"),
            Some.LogEvent("{MpEventType} {UserId} {Email}", "other", "ann", "ann@example.com"),
            Some.LogEvent("{MpEventType} {UserId} {MpId}", "other", "ann", 5L),
            Some.LogEvent("{MpEventType} {UserId}", "other", "ann"));

        batches.Count.ShouldBe(3);
        batches[0].Batch.Events.Count.ShouldBe(2);
        batches[2].Batch.Mpid.ShouldBe(5L);
    }

    [Fact]
    public void UserAttributesMergeAndTheLatestSetOrDeleteWins()
    {
        static LogEvent Update(string user, Dictionary<string, object>? set = null, string[]? delete = null) => Some.LogEvent(
            l =>
            {
                var logger = l.ForContext("UserId", user);
                if (set is not null)
                    logger = logger.ForContext(MparticleProperties.MpUserAttributes, set, destructureObjects: true);
                if (delete is not null)
                    logger = logger.ForContext(MparticleProperties.MpDeletedUserAttributes, delete);
                return logger;
            },
            "{MpEventType}", "user_attribute_change");

        var batches = Group(
            Update("ann", set: new() { ["plan"] = "free", ["trial"] = true, ["city"] = "Oslo" }),
            Update("ann", delete: ["trial", "plan"]),
            Update("ann", set: new() { ["plan"] = "gold" }));

        var batch = batches.Single().Batch;
        batch.Events.ShouldBeEmpty();
        batch.UserAttributes.Keys.ShouldBe(["city", "plan"]);
        batch.UserAttributes["plan"].ShouldBe((UserAttributeValue)"gold");
        batch.DeletedUserAttributes.ShouldBe(["trial"]);
    }

    [Fact]
    public void ABatchKeepsAtMost100UserAttributesAndCountsTheRest()
    {
        var attributes = Enumerable.Range(0, 130).ToDictionary(i => $"u{i:000}", i => (object)i);

        var batch = Group(Some.LogEvent(
            l => l.ForContext(MparticleProperties.MpUserAttributes, attributes, destructureObjects: true),
            "{MpEventType} {UserId}", "user_attribute_change", "ann")).Single().Batch;

        batch.UserAttributes.Count.ShouldBe(100);
        _counters[SinkCounter.UserAttributesDropped].ShouldBe(30);
    }

    [Fact]
    public void TheLatestDeviceInformationWins()
    {
        static LogEvent With(string os) => Some.LogEvent(
            l => l.ForContext(MparticleProperties.MpDeviceInfo, new Dictionary<string, string> { ["os_version"] = os }, destructureObjects: true),
            "{MpEventType} {UserId}", "navigation", "ann");

        Group(With("1"), With("2")).Single().Batch.DeviceInfo!.OsVersion.ShouldBe("2");
    }

    [Fact]
    public void ConsentOfOneUserMergesPurposesAndTheLatestTimestampWinsPerPurpose()
    {
        static LogEvent Consent(string user, string purpose, bool consented, long timestamp, bool? ccpaOptOut = null)
        {
            var consent = new ConsentState { Gdpr = { [purpose] = new GdprConsentState { Consented = consented, TimestampUnixtimeMs = timestamp } } };
            if (ccpaOptOut is { } optOut)
                consent.Ccpa = new CcpaConsentState { Consented = optOut, TimestampUnixtimeMs = timestamp };
            return Some.LogEvent(
                l => l.ForContext("UserId", user).ForContext(MparticleProperties.MpConsentState, consent, destructureObjects: true),
                "{MpEventType}", "consent_state");
        }

        var batches = Group(
            Consent("ann", "Marketing", true, 300, ccpaOptOut: true),
            Consent("ann", "Analytics", true, 100),
            Consent("bob", "Marketing", false, 100),
            Consent("ann", "Marketing", false, 200, ccpaOptOut: false),
            Consent("ann", "Analytics", false, 400));

        batches.Count.ShouldBe(2);
        var ann = batches[0].Batch;
        ann.Events.ShouldBeEmpty();
        var consent = ann.ConsentState.ShouldNotBeNull();
        consent.Gdpr.Keys.ShouldBe(["Marketing", "Analytics"], ignoreOrder: true);
        consent.Gdpr["Marketing"].Consented.ShouldBe(true);
        consent.Gdpr["Marketing"].TimestampUnixtimeMs.ShouldBe(300);
        consent.Gdpr["Analytics"].Consented.ShouldBe(false);
        consent.Gdpr["Analytics"].TimestampUnixtimeMs.ShouldBe(400);
        consent.Ccpa.ShouldNotBeNull().Consented.ShouldBe(true);
        batches[1].Batch.ConsentState.ShouldNotBeNull().Gdpr["Marketing"].Consented.ShouldBe(false);
        batches[1].Batch.ConsentState!.Ccpa.ShouldBeNull();
    }

    [Fact]
    public void ABatchWithoutConsentHasNoConsentState() =>
        Group(Some.AppEvent("a1", "ann")).Single().Batch.ConsentState.ShouldBeNull();
}
