using System.Text.Json;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Serialization;

/// <summary>
/// The hand-written writer (the fast path) produces byte for byte what the source-generated metadata
/// produces, for every type and field, including the fields where the model differs from the schema.
/// </summary>
public class GeneratedMetadataParityTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheFastWriterMatchesTheGeneratedMetadataForABatchWithEveryField(bool withSchemaConflicts)
    {
        var batch = Some.FullBatch(withSchemaConflicts);
        MparticleJson.Serialize(batch).ShouldBe(ViaMetadata(batch));
    }

    [Fact]
    public void TheFastWriterMatchesTheGeneratedMetadataForEveryEventAlone()
    {
        foreach (var e in Some.AllEvents(withSchemaConflicts: true))
        {
            var batch = new Batch { Events = { e } };
            MparticleJson.Serialize(batch).ShouldBe(ViaMetadata(batch), e.EventType.ToString());
        }
    }

    [Fact]
    public void TheFastWriterMatchesTheGeneratedMetadataForEmptyAndMinimalObjects()
    {
        Batch[] batches =
        [
            new Batch(),
            new Batch { UserIdentities = new UserIdentities(), DeviceInfo = new DeviceInformation(), ApplicationInfo = new ApplicationInformation(), Context = new BatchContext(), ConsentState = new ConsentState() },
            new Batch { Events = { new CommerceEvent([new ProductImpression("l")]), new CommerceEvent(new ShoppingCartOnly().Action) { ShoppingCart = new ShoppingCart() }, new UserIdentityChangeEvent(null, null), new CrashReportEvent() } },
        ];
        foreach (var batch in batches)
        {
            MparticleJson.Serialize(batch).ShouldBe(ViaMetadata(batch));
        }
    }

    [Fact]
    public void TheFastWriterMatchesTheGeneratedMetadataForEachRarelySetEventFieldAloneAndAfterBeingCleared()
    {
        // These fields live in a lazily created side object: set one at a time, and set then cleared.
        Action<BaseEvent>[] setters =
        [
            e => e.EventId = 0, e => e.SessionStartUnixtimeMs = 1, e => e.EventStartUnixtimeMs = 2,
            e => e.Location = new GeoLocation(1.5, 2.5), e => e.DeviceCurrentState = new DeviceCurrentState(),
            e => e.IsGoalDefined = false, e => e.LifetimeValueChange = true, e => e.LifetimeValueAttributeName = "ltv",
            e => e.DataConnectionType = "wifi", e => e.EventNum = 0, e => e.ViewController = "v", e => e.IsMainThread = false,
            e => e.CanonicalName = "c", e => e.EventSystemNotificationInfo = new EventSystemNotificationInfo(default),
        ];
        foreach (var set in setters)
        {
            var alone = new AppEvent("e", CustomEventType.Other) { SessionId = 7, SourceMessageId = "m" };
            set(alone);
            var aloneBatch = new Batch { Events = { alone } };
            MparticleJson.Serialize(aloneBatch).ShouldBe(ViaMetadata(aloneBatch));

            var cleared = new AppEvent("e", CustomEventType.Other) { TimestampUnixtimeMs = 5 };
            set(cleared);
            cleared.EventId = null;
            cleared.SessionStartUnixtimeMs = null;
            cleared.EventStartUnixtimeMs = null;
            cleared.Location = null;
            cleared.DeviceCurrentState = null;
            cleared.IsGoalDefined = null;
            cleared.LifetimeValueChange = null;
            cleared.LifetimeValueAttributeName = null;
            cleared.DataConnectionType = null;
            cleared.EventNum = null;
            cleared.ViewController = null;
            cleared.IsMainThread = null;
            cleared.CanonicalName = null;
            cleared.EventSystemNotificationInfo = null;
            var clearedBatch = new Batch { Events = { cleared } };
            MparticleJson.Serialize(clearedBatch).ShouldBe(ViaMetadata(clearedBatch));
            MparticleJson.Serialize(clearedBatch).ShouldBe(MparticleJson.Serialize(new Batch { Events = { new AppEvent("e", CustomEventType.Other) { TimestampUnixtimeMs = 5 } } }));
        }
    }

    [Fact]
    public void TheFastWriterMatchesTheGeneratedMetadataForEveryEnumerationValue()
    {
        var batch = new Batch();
        foreach (var t in Enum.GetValues<CustomEventType>()) batch.Events.Add(new AppEvent("e", t));
        foreach (var t in Enum.GetValues<CommerceEventType>()) batch.Events.Add(new CommerceEvent(new ProductAction(ProductActionType.Click)) { CustomEventType = t });
        foreach (var t in Enum.GetValues<ProductActionType>()) batch.Events.Add(new CommerceEvent(new ProductAction(t)));
        foreach (var t in Enum.GetValues<PromotionActionType>()) batch.Events.Add(new CommerceEvent(new PromotionAction(t)));
        foreach (var t in Enum.GetValues<ApplicationTransitionType>()) batch.Events.Add(new ApplicationStateTransitionEvent(t));
        foreach (var t in Enum.GetValues<PushMessageType>()) batch.Events.Add(new PushMessageEvent(t, "t", "{}"));
        foreach (var t in Enum.GetValues<PushMessageBehavior>()) batch.Events.Add(new PushMessageEvent(PushMessageType.Sent, "t", "{}") { PushMessageBehavior = t });
        foreach (var t in Enum.GetValues<ApplicationState>()) batch.Events.Add(new PushMessageEvent(PushMessageType.Sent, "t", "{}") { ApplicationState = t });
        foreach (var t in Enum.GetValues<ProfileEventType>()) batch.Events.Add(new ProfileEvent(t));
        foreach (var t in Enum.GetValues<IdentityType>()) batch.Events.Add(new UserIdentityChangeEvent(new UserIdentity(t, "x"), null));
        foreach (var t in Enum.GetValues<DeviceOrientation>()) batch.Events.Add(new SessionStartEvent { DeviceCurrentState = new DeviceCurrentState { DeviceOrientation = t } });
        MparticleJson.Serialize(batch).ShouldBe(ViaMetadata(batch));

        foreach (var t in Enum.GetValues<Platform>()) Same(new Batch { DeviceInfo = new DeviceInformation { Platform = t } });
        foreach (var t in Enum.GetValues<AttAuthorizationStatus>()) Same(new Batch { DeviceInfo = new DeviceInformation { AttAuthorizationStatus = t } });
        foreach (var t in Enum.GetValues<ApplicationOs>()) Same(new Batch { ApplicationInfo = new ApplicationInformation { Os = t } });
        foreach (var t in Enum.GetValues<SourceChannel>()) Same(new Batch { SourceInfo = new SourceInformation { Channel = t } });
        foreach (var t in Enum.GetValues<MparticleEnvironment>()) Same(new Batch { Environment = t });
    }

    [Fact]
    public void BulkOutputIsTheArrayOfTheSingleBatchOutputs()
    {
        Batch[] batches = [Some.FullBatch(), new Batch()];
        MparticleJson.SerializeBulk(batches).ShouldBe($"[{MparticleJson.Serialize(batches[0])},{MparticleJson.Serialize(batches[1])}]");
        JsonSerializer.Serialize(batches.ToList(), MparticleJson.SerializerOptions.GetTypeInfo(typeof(List<Batch>))).ShouldBe(MparticleJson.SerializeBulk(batches));
    }

    internal static string ViaMetadata(Batch batch) =>
        JsonSerializer.Serialize(batch, MparticleJson.SerializerOptions.GetTypeInfo(typeof(Batch)));

    private static void Same(Batch batch) => MparticleJson.Serialize(batch).ShouldBe(ViaMetadata(batch));

    private sealed class ShoppingCartOnly
    {
        public ProductAction Action { get; } = new(ProductActionType.AddToCart);
    }
}
