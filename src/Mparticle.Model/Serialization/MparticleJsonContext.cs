using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>
/// The source-generated System.Text.Json metadata of every model type: no runtime reflection, trimming
/// and Native AOT safe. Reading uses it; writing goes through <see cref="BatchWriter"/>, which produces
/// the same JSON faster (the tests compare both).
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    Converters = new[]
    {
        typeof(AttributeValueConverter),
        typeof(UserAttributeValueConverter),
        typeof(EventEnvelopeConverter),
        typeof(ApplicationOsConverter),
        typeof(ApplicationStateConverter),
        typeof(ApplicationTransitionTypeConverter),
        typeof(AttAuthorizationStatusConverter),
        typeof(CommerceEventTypeConverter),
        typeof(CustomEventTypeConverter),
        typeof(DeviceOrientationConverter),
        typeof(EventSystemNotificationTypeConverter),
        typeof(EventTypeConverter),
        typeof(IdentityTypeConverter),
        typeof(MparticleEnvironmentConverter),
        typeof(PlatformConverter),
        typeof(ProductActionTypeConverter),
        typeof(ProfileEventTypeConverter),
        typeof(PromotionActionTypeConverter),
        typeof(PushMessageBehaviorConverter),
        typeof(PushMessageTypeConverter),
        typeof(SourceChannelConverter),
    })]
[JsonSerializable(typeof(Batch))]
[JsonSerializable(typeof(List<Batch>))]
[JsonSerializable(typeof(AppEvent))]
[JsonSerializable(typeof(CommerceEvent))]
[JsonSerializable(typeof(ScreenViewEvent))]
[JsonSerializable(typeof(SessionStartEvent))]
[JsonSerializable(typeof(SessionEndEvent))]
[JsonSerializable(typeof(ApplicationStateTransitionEvent))]
[JsonSerializable(typeof(CrashReportEvent))]
[JsonSerializable(typeof(BreadcrumbEvent))]
[JsonSerializable(typeof(NetworkPerformanceEvent))]
[JsonSerializable(typeof(OptOutEvent))]
[JsonSerializable(typeof(PushRegistrationEvent))]
[JsonSerializable(typeof(PushMessageEvent))]
[JsonSerializable(typeof(UninstallEvent))]
[JsonSerializable(typeof(FirstRunEvent))]
[JsonSerializable(typeof(ProfileEvent))]
[JsonSerializable(typeof(UserAttributeChangeEvent))]
[JsonSerializable(typeof(UserIdentityChangeEvent))]
internal sealed partial class MparticleJsonContext : JsonSerializerContext
{
}
