using Mparticle;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>What an <c>MpEventType</c> value (or a rule's event type) says: the kind, and the custom event type.</summary>
readonly struct EventClassification
{
    public EventClassification(EventKind kind, CustomEventType customType = CustomEventType.Other, bool known = true)
    {
        Kind = kind;
        CustomType = customType;
        IsKnown = known;
    }

    public EventKind Kind { get; }

    public CustomEventType CustomType { get; }

    /// <summary>False when the value was not recognised and the event fell back to <c>other</c>.</summary>
    public bool IsKnown { get; }

    public static EventClassification Other => new(EventKind.Custom);

    /// <summary>
    /// Reads an event type: a custom event type (<c>navigation</c>, <c>UserContent</c>, a
    /// <see cref="CustomEventType"/> value) or a kind (<c>screen_view</c>, <c>commerce_event</c>, ...).
    /// Case and <c>_</c> do not matter. Anything else is a custom event of type <c>other</c>, marked unknown.
    /// </summary>
    public static EventClassification Parse(object? value)
    {
        if (value is CustomEventType direct)
            return new EventClassification(EventKind.Custom, direct);

        var text = value is null ? "" : ScalarText.Of(value);
        var key = NameKey.Normalize(text);
        switch (key)
        {
            case "customevent" or "custom" or "":
                return Other;
            case "screenview" or "screen":
                return new EventClassification(EventKind.ScreenView);
            case "commerceevent" or "commerce":
                return new EventClassification(EventKind.Commerce);
            case "sessionstart":
                return new EventClassification(EventKind.SessionStart);
            case "sessionend":
                return new EventClassification(EventKind.SessionEnd);
            case "applicationstatetransition" or "statetransition":
                return new EventClassification(EventKind.ApplicationStateTransition);
            case "userattributechange" or "userattributes":
                return new EventClassification(EventKind.UserAttributeChange);
            case "consentstate" or "consent":
                return new EventClassification(EventKind.ConsentState);
        }

        return PropertyValues.FindEnum<CustomEventType>(text) is { } customType
            ? new EventClassification(EventKind.Custom, customType)
            : new EventClassification(EventKind.Custom, CustomEventType.Other, known: false);
    }
}
