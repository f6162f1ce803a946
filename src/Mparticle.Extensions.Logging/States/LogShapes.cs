using Mparticle.Extensions.Logging.Text;

namespace Mparticle.Extensions.Logging.States;

/// <summary>
/// Every shape our calls write. A shape carries an optional payload (attributes, removed names) only in its
/// variant whose template names it, so a message template never mentions a property that is absent.
/// </summary>
static class LogShapes
{
    const string Name = MparticleProperties.MpEventName;
    const string Kind = MparticleProperties.MpEventType;
    const string AttributesHole = $" {{@{MparticleProperties.MpAttributes}}}";

    public static readonly LogShape AppEvent = new(
        $"mParticle app event {{{Name}}} ({{{Kind}:l}})",
        [StateKeys.EventType, StateKeys.EventName],
        (text, kind, name, _) => text.Append("mParticle app event ").Quoted(name).Append(" (").Append(kind).Append(')'));

    public static readonly LogShape AppEventWithAttributes = WithAttributes(AppEvent);

    public static readonly LogShape ScreenView = new(
        $"mParticle screen view {{{Name}}}",
        [StateKeys.EventType, StateKeys.EventName],
        (text, _, name, _) => text.Append("mParticle screen view ").Quoted(name));

    public static readonly LogShape ScreenViewWithAttributes = WithAttributes(ScreenView);

    public static readonly LogShape CommerceProductAction = new(
        $"mParticle commerce event {{@{MparticleProperties.MpProductAction}}}",
        [StateKeys.EventType, StateKeys.ProductAction],
        (text, _, action, _) => CommerceText.Append(text.Append("mParticle commerce event "), (ProductAction)action!));

    public static readonly LogShape CommerceProductActionWithAttributes = WithAttributes(CommerceProductAction);

    public static readonly LogShape CommercePromotionAction = new(
        $"mParticle commerce event {{@{MparticleProperties.MpPromotionAction}}}",
        [StateKeys.EventType, StateKeys.PromotionAction],
        (text, _, action, _) => CommerceText.Append(text.Append("mParticle commerce event "), (PromotionAction)action!));

    public static readonly LogShape CommercePromotionActionWithAttributes = WithAttributes(CommercePromotionAction);

    public static readonly LogShape SessionStart = new(
        $"mParticle session start {{{MparticleProperties.MpSessionId}}}",
        [StateKeys.EventType, StateKeys.SessionId],
        (text, _, id, _) => text.Append("mParticle session start ").Quoted(id));

    public static readonly LogShape SessionEnd = new(
        $"mParticle session end {{{MparticleProperties.MpSessionId}}} after {{{MparticleProperties.MpSessionDurationMs}}} ms",
        [StateKeys.EventType, StateKeys.SessionId, StateKeys.SessionDurationMs],
        (text, _, id, duration) => text.Append("mParticle session end ").Quoted(id).Append(" after ").Value(duration).Append(" ms"));

    public static readonly LogShape ApplicationStateTransition = new(
        $"mParticle application state transition {{{MparticleProperties.MpTransitionType}:l}}",
        [StateKeys.EventType, StateKeys.TransitionType],
        (text, _, transition, _) => text.Append("mParticle application state transition ").Append(transition));

    const string UserAttributesFormat = $"mParticle user attributes {{@{MparticleProperties.MpUserAttributes}}}";
    const string RemovedFormat = $"removed {{@{MparticleProperties.MpDeletedUserAttributes}}}";

    public static readonly LogShape UserAttributesSet = new(
        UserAttributesFormat,
        [StateKeys.EventType, StateKeys.UserAttributes],
        (text, _, set, _) => text.Append("mParticle user attributes").Pairs(set));

    public static readonly LogShape UserAttributesRemoved = new(
        "mParticle user attributes " + RemovedFormat,
        [StateKeys.EventType, StateKeys.DeletedUserAttributes],
        (text, _, removed, _) => text.Append("mParticle user attributes removed ").Value(removed));

    public static readonly LogShape UserAttributesSetAndRemoved = new(
        UserAttributesFormat + " " + RemovedFormat,
        [StateKeys.EventType, StateKeys.UserAttributes, StateKeys.DeletedUserAttributes],
        (text, _, set, removed) => text.Append("mParticle user attributes").Pairs(set).Append(" removed ").Value(removed));

    public static readonly LogShape ConsentState = new(
        $"mParticle consent {{@{MparticleProperties.MpConsentState}}}",
        [StateKeys.EventType, StateKeys.ConsentState],
        (text, _, consent, _) => ConsentText.Append(text, consent));

    /// <summary>
    /// <paramref name="shape"/> (two values) followed by <c>@MpAttributes</c> as its third value, in the template
    /// and in the readable text. Declared after the shape it extends: static fields initialize in text order.
    /// </summary>
    static LogShape WithAttributes(LogShape shape) => new(
        shape.OriginalFormat + AttributesHole,
        [.. shape.Keys, StateKeys.Attributes],
        (text, first, second, attributes) => shape.Append(text, first, second, null).Pairs(attributes));
}
