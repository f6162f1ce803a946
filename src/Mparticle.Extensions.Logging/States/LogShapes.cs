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
    const string Attributes = MparticleProperties.MpAttributes;
    const string AttributesHole = $" {{@{Attributes}}}";

    const string AppEventFormat = $"mParticle app event {{{Name}}} ({{{Kind}:l}})";

    public static readonly LogShape AppEvent = new(
        AppEventFormat,
        [StateKeys.EventType, StateKeys.EventName],
        (text, kind, name, _) => text.Append("mParticle app event ").Quoted(name).Append(" (").Append(kind).Append(')'));

    public static readonly LogShape AppEventWithAttributes = new(
        AppEventFormat + AttributesHole,
        [StateKeys.EventType, StateKeys.EventName, StateKeys.Attributes],
        (text, kind, name, attributes) => AppEvent.Append(text, kind, name, null).Pairs(attributes));

    const string ScreenViewFormat = $"mParticle screen view {{{Name}}}";

    public static readonly LogShape ScreenView = new(
        ScreenViewFormat,
        [StateKeys.EventType, StateKeys.EventName],
        (text, _, name, _) => text.Append("mParticle screen view ").Quoted(name));

    public static readonly LogShape ScreenViewWithAttributes = new(
        ScreenViewFormat + AttributesHole,
        [StateKeys.EventType, StateKeys.EventName, StateKeys.Attributes],
        (text, kind, name, attributes) => ScreenView.Append(text, kind, name, null).Pairs(attributes));

    const string ProductActionFormat = $"mParticle commerce event {{@{MparticleProperties.MpProductAction}}}";

    public static readonly LogShape CommerceProductAction = new(
        ProductActionFormat,
        [StateKeys.EventType, StateKeys.ProductAction],
        (text, _, action, _) => CommerceText.Append(text.Append("mParticle commerce event "), (ProductAction)action!));

    public static readonly LogShape CommerceProductActionWithAttributes = new(
        ProductActionFormat + AttributesHole,
        [StateKeys.EventType, StateKeys.ProductAction, StateKeys.Attributes],
        (text, kind, action, attributes) => CommerceProductAction.Append(text, kind, action, null).Pairs(attributes));

    const string PromotionActionFormat = $"mParticle commerce event {{@{MparticleProperties.MpPromotionAction}}}";

    public static readonly LogShape CommercePromotionAction = new(
        PromotionActionFormat,
        [StateKeys.EventType, StateKeys.PromotionAction],
        (text, _, action, _) => CommerceText.Append(text.Append("mParticle commerce event "), (PromotionAction)action!));

    public static readonly LogShape CommercePromotionActionWithAttributes = new(
        PromotionActionFormat + AttributesHole,
        [StateKeys.EventType, StateKeys.PromotionAction, StateKeys.Attributes],
        (text, kind, action, attributes) => CommercePromotionAction.Append(text, kind, action, null).Pairs(attributes));

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

    /// <summary>The shape for optional attributes: <paramref name="with"/> when there are some.</summary>
    public static LogShape Choose(object? attributes, LogShape without, LogShape with) => attributes is null ? without : with;
}
