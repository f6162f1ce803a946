namespace Mparticle.Extensions.Logging.States;

/// <summary>
/// The keys our states use: the shared convention names of <see cref="MparticleProperties"/>, with <c>@</c> in
/// front of payloads so that Serilog.Extensions.Logging destructures them (and strips the <c>@</c>).
/// </summary>
static class StateKeys
{
    /// <summary>The key M.E.L. and Serilog.Extensions.Logging read the message template from.</summary>
    public const string OriginalFormat = "{OriginalFormat}";

    public const string EventType = MparticleProperties.MpEventType;
    public const string EventName = MparticleProperties.MpEventName;
    public const string SessionId = MparticleProperties.MpSessionId;
    public const string SessionDurationMs = MparticleProperties.MpSessionDurationMs;
    public const string TransitionType = MparticleProperties.MpTransitionType;
    public const string SourceMessageId = MparticleProperties.MpSourceMessageId;
    public const string MpId = MparticleProperties.MpId;

    public const string Attributes = "@" + MparticleProperties.MpAttributes;
    public const string CustomFlags = "@" + MparticleProperties.MpCustomFlags;
    public const string ProductAction = "@" + MparticleProperties.MpProductAction;
    public const string PromotionAction = "@" + MparticleProperties.MpPromotionAction;
    public const string CommerceEvent = "@" + MparticleProperties.MpCommerceEvent;
    public const string UserIdentities = "@" + MparticleProperties.MpUserIdentities;
    public const string UserAttributes = "@" + MparticleProperties.MpUserAttributes;
    public const string ScopeUserAttributes = "@" + MparticleProperties.MpScopeUserAttributes;
    public const string DeletedUserAttributes = "@" + MparticleProperties.MpDeletedUserAttributes;
    public const string ConsentState = "@" + MparticleProperties.MpConsentState;
}
