namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>The properties the conventions read (<c>MparticleProperties</c>, and <c>EventId</c>): one slot each in a <see cref="PropertyIndex"/>.</summary>
enum Convention
{
    EventType,
    EventName,
    Attributes,
    CustomFlags,
    SourceMessageId,
    CommerceEvent,
    ProductAction,
    PromotionAction,
    ProductImpressions,
    ShoppingCart,
    CurrencyCode,
    SessionId,
    SessionDurationMs,
    TransitionType,
    UserIdentities,
    Mpid,
    UserAttributes,
    ScopeUserAttributes,
    DeletedUserAttributes,
    DeviceInfo,
    ConsentState,
    EventId,
}
