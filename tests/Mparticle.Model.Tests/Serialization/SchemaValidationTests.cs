using Mparticle.Tests.Support;

namespace Mparticle.Tests.Serialization;

/// <summary>Everything the model writes validates against mParticle's official JSON Schema, except where the schema is known to be stricter than the live API (each such test says so).</summary>
public class SchemaValidationTests
{
    public static TheoryData<string> EventKinds() => new(Some.AllEvents().Select(e => e.EventType.ToString()));

    [Fact]
    public void ABatchWithEveryTypeAndFieldSetValidates()
    {
        var json = MparticleJson.Serialize(Some.FullBatch());
        OfficialSchema.ShouldBeValidBatch(json);
    }

    [Theory]
    [MemberData(nameof(EventKinds))]
    public void EachEventKindWithEveryFieldSetValidates(string kind)
    {
        var batch = new Batch { Environment = MparticleEnvironment.Production, Events = { Some.AllEvents().Single(e => e.EventType.ToString() == kind) } };
        OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(batch));
    }

    [Fact]
    public void EachEventKindWithOnlyItsConstructorArgumentsValidatesWhereTheSchemaRequiresNoMore()
    {
        BaseEvent[] minimal =
        [
            new AppEvent("a", CustomEventType.Other),
            new CommerceEvent(new ProductAction(ProductActionType.Purchase)),
            new CommerceEvent(new PromotionAction(PromotionActionType.View)),
            new CommerceEvent([new ProductImpression("list")]),
            new ScreenViewEvent("s"),
            new SessionStartEvent(),
            new ApplicationStateTransitionEvent(ApplicationTransitionType.ApplicationExit),
            new BreadcrumbEvent("b"),
            new OptOutEvent(true),
            new PushRegistrationEvent("t", true),
            new PushMessageEvent(PushMessageType.Received, "t", "{}"),
            new UninstallEvent(),
            new FirstRunEvent(),
            new UserAttributeChangeEvent("a"),
            new UserIdentityChangeEvent(null, null),
        ];
        OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(Batch(minimal)));
    }

    [Fact]
    public void TheSchemaRequiresMoreThanTheConstructorsOfSomeEventsAsTheReferenceNotes()
    {
        // SCHEMA requires these fields; the JSON reference page calls them optional, so the model does not force them.
        BaseEvent[] underSpecified =
        [
            new SessionEndEvent(), // session_duration_ms
            new CrashReportEvent(), // severity, message
            new NetworkPerformanceEvent("https://example.com"), // response_code
            new OptOutEvent(), // is_opted_out
            new ProfileEvent(ProfileEventType.Update), // previous_mpid, current_mpid
        ];
        foreach (var e in underSpecified)
        {
            OfficialSchema.ErrorsOfBatch(MparticleJson.Serialize(Batch(e))).ShouldNotBeEmpty(e.EventType.ToString());
        }
    }

    [Fact]
    public void AnEmptyBatchValidates() => OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(new Batch()));

    [Fact]
    public void ABulkArrayValidatesAgainstTheBulkSchema()
    {
        var json = MparticleJson.SerializeBulk([Some.FullBatch(), new Batch { Environment = MparticleEnvironment.Production }]);
        OfficialSchema.ErrorsOfBulk(json).ShouldBeEmpty();
    }

    [Fact]
    public void TheSchemaCheckCanFail()
    {
        OfficialSchema.ErrorsOfBatch("""{"environment":"staging"}""").ShouldNotBeEmpty();
        OfficialSchema.ErrorsOfBatch("""{"events":[{"event_type":"custom_event","data":{"event_name":"x"}}]}""").ShouldNotBeEmpty();
    }

    [Fact]
    public void EveryProductActionValidates()
    {
        foreach (var action in Enum.GetValues<ProductActionType>())
        {
            OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(Batch(new CommerceEvent(new ProductAction(action)))));
        }
    }

    [Fact]
    public void EveryCommerceEventTypeValidates()
    {
        foreach (var type in Enum.GetValues<CommerceEventType>())
        {
            var e = new CommerceEvent(new PromotionAction(PromotionActionType.Click)) { CustomEventType = type };
            OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(Batch(e)));
        }
    }

    [Fact]
    public void EveryValueOfTheSmallerEnumerationsValidates()
    {
        var events = new List<BaseEvent>();
        events.AddRange(Enum.GetValues<PromotionActionType>().Select(a => new CommerceEvent(new PromotionAction(a))));
        events.AddRange(Enum.GetValues<ApplicationTransitionType>().Select(t => new ApplicationStateTransitionEvent(t)));
        events.AddRange(Enum.GetValues<PushMessageType>().Select(t => new PushMessageEvent(t, "t", "{}")));
        events.AddRange(Enum.GetValues<ApplicationState>().Select(s => new PushMessageEvent(PushMessageType.Sent, "t", "{}") { ApplicationState = s }));
        events.AddRange(Enum.GetValues<PushMessageBehavior>().Select(b => new PushMessageEvent(PushMessageType.Sent, "t", "{}") { PushMessageBehavior = b }));
        events.AddRange(Enum.GetValues<ProfileEventType>().Select(t => new ProfileEvent(t) { PreviousMpid = 1, CurrentMpid = 2 }));
        events.AddRange(Enum.GetValues<IdentityType>().Select(t => new UserIdentityChangeEvent(new UserIdentity(t, "x") { TimestampUnixtimeMs = 1 }, null)));
        events.AddRange(Enum.GetValues<DeviceOrientation>().Select(o => new SessionStartEvent { DeviceCurrentState = new DeviceCurrentState { DeviceOrientation = o, StatusBarOrientation = o } }));
        OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(Batch([.. events])));

        foreach (var os in Enum.GetValues<ApplicationOs>())
        {
            OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(new Batch { ApplicationInfo = new ApplicationInformation { Os = os } }));
        }

        foreach (var status in Enum.GetValues<AttAuthorizationStatus>())
        {
            OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(new Batch { DeviceInfo = new DeviceInformation { AttAuthorizationStatus = status } }));
        }

        foreach (var environment in Enum.GetValues<MparticleEnvironment>())
        {
            OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(new Batch { Environment = environment }));
        }
    }

    [Fact]
    public void EveryCustomEventTypeButAttributionValidatesBecauseOnlyTheJsonReferenceListsAttribution()
    {
        foreach (var type in Enum.GetValues<CustomEventType>())
        {
            var errors = OfficialSchema.ErrorsOfBatch(MparticleJson.Serialize(Batch(new AppEvent("e", type))));
            if (type == CustomEventType.Attribution)
            {
                errors.ShouldNotBeEmpty("the schema's custom_event enum lacks attribution; the JSON reference page documents it");
            }
            else
            {
                errors.ShouldBeEmpty();
            }
        }
    }

    [Fact]
    public void EveryPlatformButDesktopValidatesBecauseOnlyTheOpenApiFileAndTheDotNetSdkListDesktop()
    {
        foreach (var platform in Enum.GetValues<Platform>())
        {
            var errors = OfficialSchema.ErrorsOfBatch(MparticleJson.Serialize(new Batch { DeviceInfo = new DeviceInformation { Platform = platform } }));
            if (platform == Platform.Desktop)
            {
                errors.ShouldNotBeEmpty();
            }
            else
            {
                errors.ShouldBeEmpty();
            }
        }
    }

    [Fact]
    public void EverySourceChannelButUnknownValidatesBecauseOnlyTheJsonReferenceListsUnknown()
    {
        foreach (var channel in Enum.GetValues<SourceChannel>())
        {
            var errors = OfficialSchema.ErrorsOfBatch(MparticleJson.Serialize(new Batch { SourceInfo = new SourceInformation { Channel = channel } }));
            if (channel == SourceChannel.Unknown)
            {
                errors.ShouldNotBeEmpty();
            }
            else
            {
                errors.ShouldBeEmpty();
            }
        }
    }

    [Fact]
    public void SchemaVersionIsRejectedByTheOfficialSchemaAlthoughTheLiveApiAcceptsIt()
    {
        // The schema's batch object is closed and omits schema_version, yet mParticle's own HTTP examples send "schema_version": 2.
        var errors = OfficialSchema.ErrorsOfBatch(MparticleJson.Serialize(new Batch { SchemaVersion = 2 }));
        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(e => e.Contains("additionalProperties") || e.Contains("schema_version") || e.StartsWith("  ("));
    }

    [Fact]
    public void LifetimeValueChangeIsSentAsTheBooleanTheReferenceAdvisesAlthoughTheSchemaSaysNumber()
    {
        var json = MparticleJson.Serialize(Batch(new AppEvent("e", CustomEventType.Other) { LifetimeValueChange = true }));
        json.ShouldContain("\"lifetime_value_change\":true");
        OfficialSchema.ErrorsOfBatch(json).ShouldNotBeEmpty("the current schema types lifetime_value_change as a number; OAS, .NET and Java use a boolean");
    }

    [Fact]
    public void CustomeridIsRejectedByTheOfficialSchemaSoTheModelNeverWritesIt()
    {
        OfficialSchema.ErrorsOfBatch("""{"user_identities":{"customerid":"1"}}""").ShouldNotBeEmpty();
        var json = MparticleJson.Serialize(MparticleJson.Deserialize("""{"user_identities":{"customerid":"1"}}"""));
        json.ShouldBe("""{"user_identities":{"customer_id":"1"}}""");
        OfficialSchema.ShouldBeValidBatch(json);
    }

    private static Batch Batch(params BaseEvent[] events)
    {
        var batch = new Batch { Environment = MparticleEnvironment.Development };
        foreach (var e in events)
        {
            batch.Events.Add(e);
        }

        return batch;
    }
}
