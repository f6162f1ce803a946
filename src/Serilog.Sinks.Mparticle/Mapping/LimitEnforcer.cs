using System.Collections.Generic;
using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Applies mParticle's per-event limits to a finished mapping (after any custom mapping, so nothing
/// escapes them) and counts every change: names cut to 256 characters, values to 4096, list entries to
/// 512, at most 100 attributes per event and 1000 entries per user attribute list; consent purpose names
/// as names, and the consent texts (document, location, hardware id, regulation) as values. The 100 user
/// attributes per batch are applied when a user's events are grouped.
/// </summary>
sealed class LimitEnforcer
{
    readonly SinkCounters _counters;

    public LimitEnforcer(SinkCounters counters)
    {
        _counters = counters;
    }

    /// <param name="mapping">The finished mapping.</param>
    /// <param name="mayHaveAttributes">
    /// <c>false</c> when the event is known to have no custom attributes (reading them would create the collection).
    /// </param>
    public void Apply(MparticleMapping mapping, bool mayHaveAttributes = true)
    {
        if (mapping.Event is { } mpEvent)
        {
            TrimEventName(mpEvent);
            if (mayHaveAttributes)
                LimitAttributes(mpEvent.CustomAttributes, TextLimits.MaxAttributesPerEvent);
        }

        if (mapping.UserAttributesOrNull is { } userAttributes)
            LimitUserAttributes(userAttributes);

        if (mapping.ConsentState is { } consent)
            LimitConsent(consent);
    }

    /// <remarks>
    /// mParticle documents no limit of its own for consent. Purpose names are defined in mParticle's UI like
    /// attribute names, and the texts are free values, so they get the name and value limits: the same bound
    /// everywhere, and no single consent text can push a user's batch past its 128 KB.
    /// </remarks>
    void LimitConsent(ConsentState consent)
    {
        var longName = false;
        foreach (var purpose in consent.Gdpr)
        {
            longName |= purpose.Key.Length > TextLimits.MaxNameLength;
            TrimTexts(purpose.Value);
        }

        if (consent.Ccpa is { } ccpa)
            TrimTexts(ccpa);

        if (!longName)
            return;

        var kept = new List<KeyValuePair<string, GdprConsentState>>(consent.Gdpr);
        consent.Gdpr.Clear();
        foreach (var purpose in kept)
            consent.Gdpr[TrimName(purpose.Key)] = purpose.Value;
    }

    void TrimTexts(ConsentPurposeState purpose)
    {
        purpose.Document = TrimText(purpose.Document);
        purpose.Location = TrimText(purpose.Location);
        purpose.HardwareId = TrimText(purpose.HardwareId);
        purpose.Regulation = TrimText(purpose.Regulation);
    }

    string? TrimText(string? text)
    {
        if (text is not null && TextLimits.Truncate(ref text, TextLimits.MaxValueLength))
            _counters.Increment(SinkCounter.ValuesTrimmed);
        return text;
    }

    void TrimEventName(BaseEvent mpEvent)
    {
        switch (mpEvent)
        {
            case AppEvent appEvent:
                appEvent.EventName = TrimName(appEvent.EventName);
                break;
            case ScreenViewEvent screenView:
                screenView.ScreenName = TrimName(screenView.ScreenName);
                break;
            case CommerceEvent { EventName: { } name } commerce:
                commerce.EventName = TrimName(name);
                break;
        }
    }

    void LimitAttributes(IDictionary<string, AttributeValue> attributes, int maxCount)
    {
        if (attributes.Count == 0 || !NeedsWork(attributes, maxCount))
            return;

        var kept = new List<KeyValuePair<string, AttributeValue>>(attributes.Count);
        foreach (var attribute in attributes)
        {
            if (kept.Count == maxCount)
            {
                _counters.Increment(SinkCounter.AttributesDropped);
                continue;
            }

            kept.Add(new KeyValuePair<string, AttributeValue>(TrimName(attribute.Key), TrimValue(attribute.Value)));
        }

        attributes.Clear();
        foreach (var attribute in kept)
            attributes[attribute.Key] = attribute.Value;
    }

    void LimitUserAttributes(Dictionary<string, UserAttributeValue> attributes)
    {
        if (attributes.Count == 0 || !NeedsWork(attributes))
            return;

        var kept = new List<KeyValuePair<string, UserAttributeValue>>(attributes.Count);
        foreach (var attribute in attributes)
            kept.Add(new KeyValuePair<string, UserAttributeValue>(TrimName(attribute.Key), TrimUserValue(attribute.Value)));

        attributes.Clear();
        foreach (var attribute in kept)
            attributes[attribute.Key] = attribute.Value;
    }

    static bool NeedsWork(IDictionary<string, AttributeValue> attributes, int maxCount)
    {
        if (attributes.Count > maxCount)
            return true;

        // The model's collection is a Dictionary: enumerating it as one allocates no enumerator.
        if (attributes is Dictionary<string, AttributeValue> dictionary)
        {
            foreach (var attribute in dictionary)
            {
                if (attribute.Key.Length > TextLimits.MaxNameLength || IsLong(attribute.Value, TextLimits.MaxValueLength))
                    return true;
            }

            return false;
        }

        foreach (var attribute in attributes)
        {
            if (attribute.Key.Length > TextLimits.MaxNameLength || IsLong(attribute.Value, TextLimits.MaxValueLength))
                return true;
        }

        return false;
    }

    static bool NeedsWork(Dictionary<string, UserAttributeValue> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Key.Length > TextLimits.MaxNameLength)
                return true;
            if (attribute.Value.TryGetList(out var list))
            {
                if (list.Count > TextLimits.MaxUserAttributeListEntries)
                    return true;
                foreach (var entry in list)
                {
                    if (entry.Length > TextLimits.MaxUserAttributeListEntryLength)
                        return true;
                }
            }
            else if (IsLong(attribute.Value.ToAttributeValue(), TextLimits.MaxValueLength))
            {
                return true;
            }
        }

        return false;
    }

    static bool IsLong(AttributeValue value, int maxLength) => value.TryGetString(out var text) && text.Length > maxLength;

    string TrimName(string name)
    {
        if (TextLimits.Truncate(ref name, TextLimits.MaxNameLength))
            _counters.Increment(SinkCounter.NamesTrimmed);
        return name;
    }

    AttributeValue TrimValue(AttributeValue value)
    {
        if (value.TryGetString(out var text) && TextLimits.Truncate(ref text, TextLimits.MaxValueLength))
        {
            _counters.Increment(SinkCounter.ValuesTrimmed);
            return text;
        }

        return value;
    }

    UserAttributeValue TrimUserValue(UserAttributeValue value)
    {
        if (!value.TryGetList(out var list))
            return TrimValue(value.ToAttributeValue());

        if (list.Count <= TextLimits.MaxUserAttributeListEntries && !HasLongEntry(list))
            return value;

        var entries = new List<string>(System.Math.Min(list.Count, TextLimits.MaxUserAttributeListEntries));
        foreach (var entry in list)
        {
            if (entries.Count == TextLimits.MaxUserAttributeListEntries)
            {
                _counters.Increment(SinkCounter.UserAttributesDropped);
                continue;
            }

            var text = entry;
            if (TextLimits.Truncate(ref text, TextLimits.MaxUserAttributeListEntryLength))
                _counters.Increment(SinkCounter.ValuesTrimmed);
            entries.Add(text);
        }

        return UserAttributeValue.FromList(entries);
    }

    static bool HasLongEntry(IReadOnlyList<string> list)
    {
        foreach (var entry in list)
        {
            if (entry.Length > TextLimits.MaxUserAttributeListEntryLength)
                return true;
        }

        return false;
    }
}
