using System;
using System.Collections.Generic;
using Mparticle;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Maps one log event to what it means for mParticle: an event and the user it belongs to, following the
/// conventions (<see cref="MparticleProperties"/>) and the configured rules, then the custom mapping, then
/// mParticle's limits. Deterministic for a given log event; its only side effects are the counters.
/// </summary>
/// <remarks>
/// Not thread-safe: the sink calls it from its single background loop. It reads each log event's properties
/// once (<see cref="PropertyIndex"/>) and counts mapped and ignored log events locally until
/// <see cref="FlushCounts"/>, so the usual log event costs no dictionary lookup by convention name and no
/// shared counter update.
/// </remarks>
sealed class LogEventMapper
{
    // Values of MpEventType are few; the bound only protects against values made up at run time.
    const int MaxCachedClassifications = 256;

    readonly IReadOnlyList<CompiledRule> _rules;
    readonly KeyValuePair<string, IdentityField>[] _identityProperties;
    readonly IReadOnlyList<KeyValuePair<IdentityField, string>> _fallbackIdentities;
    readonly HashSet<string>? _includedAttributes;
    readonly AttributePolicy _policy;
    readonly AttributeValues _values;
    readonly UserDataReader _userData;
    readonly LimitEnforcer _limits;
    readonly Action<LogEvent, MparticleMapping>? _customMapping;
    readonly SinkCounters _counters;
    readonly PropertyIndex _index;
    readonly Dictionary<string, EventClassification> _classificationsByReference = new(ReferenceComparer.Instance);
    readonly Dictionary<string, EventClassification> _classifications = new(StringComparer.Ordinal);
    readonly Dictionary<string, IdentityField?> _identityNames = new(StringComparer.Ordinal);
    int _mapped;
    int _ignored;
    bool _attributesAdded;

    // Without a custom mapping nobody else sees a mapping: one object serves every log event in turn.
    MparticleMapping? _spare;

    /// <exception cref="ArgumentException">The options hold an invalid rule or identity name.</exception>
    public LogEventMapper(MparticleSinkOptions options, SinkCounters counters)
    {
        _counters = counters;
        _rules = RuleCompiler.CompileAll(options.Rules ?? []);
        _identityProperties = [.. IdentityFields.ForProperties(options.IdentityProperties, "IdentityProperties")];
        _fallbackIdentities = IdentityFields.ForValues(options.FallbackIdentities, "FallbackIdentities");

        _includedAttributes = options.IncludedAttributes is null
            ? null
            : new HashSet<string>(options.IncludedAttributes, StringComparer.Ordinal);

        var identityPropertyNames = new List<string>(_identityProperties.Length);
        foreach (var pair in _identityProperties)
            identityPropertyNames.Add(pair.Key);
        var reserved = new List<string>(identityPropertyNames);
        foreach (var rule in _rules)
            reserved.AddRange(rule.Identities.Keys);
        _policy = new AttributePolicy(reserved, options.ExcludedAttributes ?? []);
        _index = new PropertyIndex(identityPropertyNames, _policy);

        _values = new AttributeValues(counters);
        _userData = new UserDataReader(_values);
        _limits = new LimitEnforcer(counters);
        _customMapping = options.CustomMapping;
    }

    /// <summary>
    /// The mapping of <paramref name="logEvent"/>, or <c>null</c> when it is not an mParticle event or was
    /// dropped (no identity, mapping failure); every outcome is counted.
    /// </summary>
    public MparticleMapping? Map(LogEvent logEvent)
    {
        MparticleMapping? mapping;
        try
        {
            _index.Read(logEvent);
            mapping = MapByConvention(logEvent);
            if (_customMapping is not null)
            {
                if (mapping is null)
                {
                    // A log event the conventions ignore starts with its identities only, so that a custom
                    // mapping which leaves it alone does not turn a scope's user attributes into an update.
                    mapping = Rent();
                    ReadIdentities(rule: null, mapping);
                }

                _customMapping(logEvent, mapping);
            }
        }
#pragma warning disable CA1031 // Nothing may escape into Serilog's loop; a failure drops this one log event, counted.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _counters.Increment(SinkCounter.DroppedMappingFailed);
            SelfLog.WriteLine("Serilog.Sinks.Mparticle: could not map the log event with template `{0}`: {1}", logEvent.MessageTemplate.Text, ex);
            return null;
        }

        if (mapping is null || mapping.IsEmpty)
        {
            _ignored++;
            Return(mapping);
            return null;
        }

        if (!UserIdentityAccess.HasAny(mapping))
        {
            foreach (var fallback in _fallbackIdentities)
                fallback.Key.TrySet(mapping, fallback.Value);

            if (!UserIdentityAccess.HasAny(mapping))
            {
                _counters.Increment(SinkCounter.DroppedWithoutIdentity);
                Return(mapping);
                return null;
            }
        }

        // Without a custom mapping, the mapper knows whether it gave the event attributes.
        _limits.Apply(mapping, mayHaveAttributes: _customMapping is not null || _attributesAdded);
        _mapped++;
        return mapping;
    }

    /// <summary>
    /// Takes back a mapping the caller is done with (its event and user data handed over): without a custom
    /// mapping, it is emptied and serves the next log event.
    /// </summary>
    public void Return(MparticleMapping? mapping)
    {
        if (mapping is null || _customMapping is not null)
            return;

        mapping.Reset();
        _spare = mapping;
    }

    MparticleMapping Rent()
    {
        if (_spare is { } spare)
        {
            _spare = null;
            return spare;
        }

        return new MparticleMapping();
    }

    /// <summary>Adds the mapped and ignored log events counted since the last flush to the shared counters.</summary>
    public void FlushCounts()
    {
        _counters.Increment(SinkCounter.LogEventsMapped, _mapped);
        _counters.Increment(SinkCounter.LogEventsIgnored, _ignored);
        _mapped = _ignored = 0;
    }

    MparticleMapping? MapByConvention(LogEvent logEvent)
    {
        _attributesAdded = false;
        CompiledRule? rule = null;
        EventClassification classification;

        if (_index.Present(Convention.EventType) is { } marker)
        {
            classification = Classify(PropertyValues.Scalar(marker));
            if (!classification.IsKnown)
                _counters.Increment(SinkCounter.UnknownEventTypes);
        }
        else if (CommerceReader.HasPayload(_index))
        {
            classification = new EventClassification(EventKind.Commerce);
        }
        else
        {
            rule = FindRule(logEvent);
            if (rule is null)
                return null;
            classification = rule.Classification;
        }

        var mapping = Rent();
        ReadIdentities(rule, mapping);
        _userData.Read(_index, mapping);
        mapping.ConsentState = ConsentStateReader.Read(_index[Convention.ConsentState], logEvent.Timestamp.ToUnixTimeMilliseconds());

        if (classification.Kind is not (EventKind.UserAttributeChange or EventKind.ConsentState))
        {
            var mpEvent = CreateEvent(logEvent, classification, rule);
            // An event logged whole may carry its own time (a purchase recorded later): it wins over the log call's.
            mpEvent.TimestampUnixtimeMs ??= logEvent.Timestamp.ToUnixTimeMilliseconds();
            ReadCommonFields(mpEvent);
            ReadAttributes(rule, mpEvent);
            mapping.Event = mpEvent;
        }

        return mapping;
    }

    /// <summary>
    /// The classification of an <c>MpEventType</c> value; text values are parsed once and remembered by reference
    /// (they are literals of the logging calls, so the same string objects every time).
    /// </summary>
    EventClassification Classify(object? value)
    {
        if (value is not string text)
            return EventClassification.Parse(value);

        if (_classificationsByReference.TryGetValue(text, out var known))
            return known;

        if (!_classifications.TryGetValue(text, out known))
        {
            known = EventClassification.Parse(text);
            if (_classifications.Count < MaxCachedClassifications)
                _classifications[text] = known;
        }

        if (_classificationsByReference.Count < MaxCachedClassifications)
            _classificationsByReference[text] = known;
        return known;
    }

    CompiledRule? FindRule(LogEvent logEvent)
    {
        foreach (var rule in _rules)
        {
            if (rule.Matches(logEvent))
                return rule;
        }

        return null;
    }

    void ReadIdentities(CompiledRule? rule, MparticleMapping mapping)
    {
        // A rule's identities are configured for exactly the log calls it matches: when they name someone, that is
        // the user, alone. Adding them to a scope's user would link two people's identities in mParticle's profile.
        if (rule is not null && ReadRuleIdentities(rule, mapping))
            return;

        // An explicit mParticle user (MpUserIdentities or MpId: a user scope, or the call's own) wins over identity
        // properties matched by name. Those are a guess (the UserId or Email of a log line may be anyone's, an
        // admin's or an invited friend's), and blending them into a named user would attribute the event to a mix
        // of two people; so they are read only when nothing names the user explicitly.
        var named = false;
        if (_index[Convention.UserIdentities] is StructureValue or DictionaryValue)
        {
            foreach (var member in PropertyValues.Members(_index[Convention.UserIdentities]))
            {
                if (IdentityName(member.Key) is { } field && PropertyValues.AsString(member.Value) is { Length: > 0 } text)
                    named |= field.TrySet(mapping, text);
            }
        }

        if (PropertyValues.AsLong(_index[Convention.Mpid]) is { } id)
        {
            mapping.Mpid = id;
            named = true;
        }

        for (var i = 0; !named && i < _identityProperties.Length; i++)
        {
            if (_index.Identity(i) is { } value && PropertyValues.AsString(value) is { Length: > 0 } text)
                _identityProperties[i].Value.TrySet(mapping, text);
        }
    }

    /// <summary>Sets the identities a rule names from the log event's properties; returns whether any was usable.</summary>
    bool ReadRuleIdentities(CompiledRule rule, MparticleMapping mapping)
    {
        var named = false;
        foreach (var pair in rule.Identities)
        {
            if (_index.Properties.TryGetValue(pair.Key, out var value) && PropertyValues.AsString(value) is { Length: > 0 } text)
                named |= pair.Value.TrySet(mapping, text);
        }

        return named;
    }

    /// <summary>The identity an <c>MpUserIdentities</c> member name stands for; names are parsed once and remembered.</summary>
    IdentityField? IdentityName(string name)
    {
        if (_identityNames.TryGetValue(name, out var known))
            return known;

        var parsed = IdentityField.Parse(name);
        if (_identityNames.Count < MaxCachedClassifications)
            _identityNames[name] = parsed;
        return parsed;
    }

    BaseEvent CreateEvent(LogEvent logEvent, EventClassification classification, CompiledRule? rule)
    {
        switch (classification.Kind)
        {
            case EventKind.ScreenView:
                return new ScreenViewEvent(EventName(logEvent, rule));
            case EventKind.Commerce:
                var commerce = CommerceReader.Read(_index);
                if ((rule?.EventName ?? PropertyValues.AsString(_index[Convention.EventName])) is { Length: > 0 } commerceName)
                    commerce.EventName = commerceName;
                return commerce;
            case EventKind.SessionStart:
                return new SessionStartEvent();
            case EventKind.SessionEnd:
                return new SessionEndEvent { SessionDurationMs = PropertyValues.AsLong(_index[Convention.SessionDurationMs]) };
            case EventKind.ApplicationStateTransition:
                return Transitions.Create(_index[Convention.TransitionType]);
            default:
                return new AppEvent(EventName(logEvent, rule), classification.CustomType);
        }
    }

    /// <summary>The rule's name, else <c>MpEventName</c>, else the <c>EventId</c> name, else the template text.</summary>
    string EventName(LogEvent logEvent, CompiledRule? rule)
    {
        if (rule?.EventName is { Length: > 0 } ruleName)
            return ruleName;

        if (PropertyValues.AsString(_index[Convention.EventName]) is { Length: > 0 } name)
            return name;

        if (_index[Convention.EventId] is StructureValue eventId
            && PropertyValues.AsString(PropertyValues.Member(eventId, "name")) is { Length: > 0 } eventIdName)
        {
            return eventIdName;
        }

        return logEvent.MessageTemplate.Text is { Length: > 0 } text ? text : UnnamedEvent;
    }

    /// <summary>The name of an event whose log event offers none (an empty message template).</summary>
    internal const string UnnamedEvent = "(unnamed)";

    void ReadCommonFields(BaseEvent mpEvent)
    {
        if (PropertyValues.AsString(_index[Convention.SourceMessageId]) is { Length: > 0 } messageId)
            mpEvent.SourceMessageId = messageId;

        var session = _index[Convention.SessionId];
        if (PropertyValues.Scalar(session) is { } sessionValue)
        {
            if (PropertyValues.AsLong(session) is { } sessionId && sessionValue is not string)
                mpEvent.SessionId = sessionId;
            else
                mpEvent.SessionUuid = ScalarText.Of(sessionValue);
        }

        // A whole commerce event's own flags first, so that MpCustomFlags (the separate property) wins.
        AddFlags(WholeCommerceMember(mpEvent, "customflags"), mpEvent);
        AddFlags(_index[Convention.CustomFlags], mpEvent);
    }

    /// <summary>Adds the members of an explicit attribute set (a structure or dictionary), except names that look secret.</summary>
    void AddExplicitAttributes(LogEventPropertyValue? attributes, BaseEvent mpEvent)
    {
        if (attributes is not (StructureValue or DictionaryValue))
            return;

        _attributesAdded = true;
        foreach (var attribute in PropertyValues.Members(attributes))
        {
            if ((_includedAttributes?.Contains(attribute.Key) == true || _policy.AllowsExplicit(attribute.Key))
                && _values.TryConvert(attribute.Value, out var value))
            {
                mpEvent.CustomAttributes[attribute.Key] = value;
            }
        }
    }

    /// <summary>A member of a whole <c>MpCommerceEvent</c> (C# or JSON name, normalized), when the event is one.</summary>
    LogEventPropertyValue? WholeCommerceMember(BaseEvent mpEvent, string key) =>
        mpEvent is CommerceEvent ? PropertyValues.Member(_index.Present(Convention.CommerceEvent), key) : null;

    /// <summary>Copies the convertible members of a structure or dictionary into the event's custom flags.</summary>
    void AddFlags(LogEventPropertyValue? flags, BaseEvent mpEvent)
    {
        if (flags is not (StructureValue or DictionaryValue))
            return;

        foreach (var flag in PropertyValues.Members(flags))
        {
            if (_values.TryConvert(flag.Value, out var value))
                mpEvent.CustomFlags[flag.Key] = value;
        }
    }

    void ReadAttributes(CompiledRule? rule, BaseEvent mpEvent)
    {
        var included = rule?.Attributes ?? (IReadOnlyCollection<string>?)_includedAttributes;

        // A whole commerce event's own attributes are explicit, like MpAttributes, which is read after them and wins.
        AddExplicitAttributes(WholeCommerceMember(mpEvent, "customattributes"), mpEvent);
        AddExplicitAttributes(_index[Convention.Attributes], mpEvent);

        if (included is not null)
        {
            _attributesAdded = true;
            foreach (var name in included)
            {
                if (_index.Properties.TryGetValue(name, out var property) && _values.TryConvert(property, out var value))
                    mpEvent.CustomAttributes[name] = value;
            }

            return;
        }

        // Only scalars by convention: destructured objects are payloads, not attributes.
        var scalars = _index.ScalarAttributes;
        if (scalars.Count == 0)
            return;

        _attributesAdded = true;
        var attributes = mpEvent.CustomAttributes;
        var explicitAttributes = attributes.Count > 0;
        foreach (var property in scalars)
        {
            if ((!explicitAttributes || !attributes.ContainsKey(property.Key))
                && _values.TryConvertScalar(property.Value.Value, out var value))
            {
                attributes[property.Key] = value;
            }
        }
    }
}
