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
/// <remarks>Not thread-safe: the sink calls it from its single background loop.</remarks>
sealed class LogEventMapper
{
    readonly IReadOnlyList<CompiledRule> _rules;
    readonly IReadOnlyDictionary<string, IdentityField> _identityProperties;
    readonly IReadOnlyList<KeyValuePair<IdentityField, string>> _fallbackIdentities;
    readonly HashSet<string>? _includedAttributes;
    readonly AttributePolicy _policy;
    readonly AttributeValues _values;
    readonly UserDataReader _userData;
    readonly LimitEnforcer _limits;
    readonly Action<LogEvent, MparticleMapping>? _customMapping;
    readonly SinkCounters _counters;

    /// <exception cref="ArgumentException">The options hold an invalid rule or identity name.</exception>
    public LogEventMapper(MparticleSinkOptions options, SinkCounters counters)
    {
        _counters = counters;
        _rules = RuleCompiler.CompileAll(options.Rules ?? []);
        _identityProperties = IdentityFields.ForProperties(options.IdentityProperties, "IdentityProperties");

        _fallbackIdentities = IdentityFields.ForValues(options.FallbackIdentities, "FallbackIdentities");

        _includedAttributes = options.IncludedAttributes is null
            ? null
            : new HashSet<string>(options.IncludedAttributes, StringComparer.Ordinal);

        var identityPropertyNames = new List<string>(_identityProperties.Keys);
        foreach (var rule in _rules)
            identityPropertyNames.AddRange(rule.Identities.Keys);
        _policy = new AttributePolicy(identityPropertyNames, options.ExcludedAttributes ?? []);

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
            mapping = MapByConvention(logEvent);
            if (_customMapping is not null)
            {
                if (mapping is null)
                {
                    // A log event the conventions ignore starts with its identities only, so that a custom
                    // mapping which leaves it alone does not turn a scope's user attributes into an update.
                    mapping = new MparticleMapping();
                    ReadIdentities(logEvent.Properties, rule: null, mapping);
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
            _counters.Increment(SinkCounter.LogEventsIgnored);
            return null;
        }

        if (!UserIdentityAccess.HasAny(mapping))
        {
            foreach (var fallback in _fallbackIdentities)
                fallback.Key.TrySet(mapping, fallback.Value);

            if (!UserIdentityAccess.HasAny(mapping))
            {
                _counters.Increment(SinkCounter.DroppedWithoutIdentity);
                return null;
            }
        }

        _limits.Apply(mapping);
        _counters.Increment(SinkCounter.LogEventsMapped);
        return mapping;
    }

    MparticleMapping? MapByConvention(LogEvent logEvent)
    {
        var properties = logEvent.Properties;
        CompiledRule? rule = null;
        EventClassification classification;

        if (properties.TryGetValue(MparticleProperties.MpEventType, out var marker) && !PropertyValues.IsNull(marker))
        {
            classification = EventClassification.Parse(PropertyValues.Scalar(marker));
            if (!classification.IsKnown)
                _counters.Increment(SinkCounter.UnknownEventTypes);
        }
        else if (CommerceReader.HasPayload(properties))
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

        var mapping = new MparticleMapping();
        ReadIdentities(properties, rule, mapping);
        _userData.Read(properties, mapping);
        mapping.ConsentState = ConsentStateReader.Read(Get(properties, MparticleProperties.MpConsentState), logEvent.Timestamp.ToUnixTimeMilliseconds());

        if (classification.Kind is not (EventKind.UserAttributeChange or EventKind.ConsentState))
        {
            var mpEvent = CreateEvent(logEvent, classification, rule);
            mpEvent.TimestampUnixtimeMs = logEvent.Timestamp.ToUnixTimeMilliseconds();
            ReadCommonFields(properties, mpEvent);
            ReadAttributes(properties, rule, mpEvent);
            mapping.Event = mpEvent;
        }

        return mapping;
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

    void ReadIdentities(IReadOnlyDictionary<string, LogEventPropertyValue> properties, CompiledRule? rule, MparticleMapping mapping)
    {
        // Broadest first, so that the log call's own properties win over a scope's identities.
        if (properties.TryGetValue(MparticleProperties.MpUserIdentities, out var identities))
        {
            foreach (var member in PropertyValues.Members(identities))
            {
                if (IdentityField.Parse(member.Key) is { } field && PropertyValues.AsString(member.Value) is { Length: > 0 } text)
                    field.TrySet(mapping, text);
            }
        }

        if (PropertyValues.AsLong(properties.TryGetValue(MparticleProperties.MpId, out var mpid) ? mpid : null) is { } id)
            mapping.Mpid = id;

        SetMappedIdentities(properties, _identityProperties, mapping);
        if (rule is not null)
            SetMappedIdentities(properties, rule.Identities, mapping);
    }

    static void SetMappedIdentities(
        IReadOnlyDictionary<string, LogEventPropertyValue> properties,
        IReadOnlyDictionary<string, IdentityField> map,
        MparticleMapping mapping)
    {
        foreach (var pair in map)
        {
            if (properties.TryGetValue(pair.Key, out var value) && PropertyValues.AsString(value) is { Length: > 0 } text)
                pair.Value.TrySet(mapping, text);
        }
    }

    static BaseEvent CreateEvent(LogEvent logEvent, EventClassification classification, CompiledRule? rule)
    {
        var properties = logEvent.Properties;
        switch (classification.Kind)
        {
            case EventKind.ScreenView:
                return new ScreenViewEvent(EventName(logEvent, rule));
            case EventKind.Commerce:
                var commerce = CommerceReader.Read(properties);
                if ((rule?.EventName ?? PropertyValues.AsString(Get(properties, MparticleProperties.MpEventName))) is { Length: > 0 } commerceName)
                    commerce.EventName = commerceName;
                return commerce;
            case EventKind.SessionStart:
                return new SessionStartEvent();
            case EventKind.SessionEnd:
                return new SessionEndEvent
                {
                    SessionDurationMs = PropertyValues.AsLong(Get(properties, MparticleProperties.MpSessionDurationMs)),
                };
            case EventKind.ApplicationStateTransition:
                return Transitions.Create(Get(properties, MparticleProperties.MpTransitionType));
            default:
                return new AppEvent(EventName(logEvent, rule), classification.CustomType);
        }
    }

    /// <summary>The rule's name, else <c>MpEventName</c>, else the <c>EventId</c> name, else the template text.</summary>
    static string EventName(LogEvent logEvent, CompiledRule? rule)
    {
        if (rule?.EventName is { Length: > 0 } ruleName)
            return ruleName;

        var properties = logEvent.Properties;
        if (PropertyValues.AsString(Get(properties, MparticleProperties.MpEventName)) is { Length: > 0 } name)
            return name;

        if (properties.TryGetValue("EventId", out var eventId)
            && PropertyValues.AsString(eventId is StructureValue ? PropertyValues.Member(eventId, "name") : null) is { Length: > 0 } eventIdName)
        {
            return eventIdName;
        }

        return logEvent.MessageTemplate.Text is { Length: > 0 } text ? text : UnnamedEvent;
    }

    /// <summary>The name of an event whose log event offers none (an empty message template).</summary>
    internal const string UnnamedEvent = "(unnamed)";

    void ReadCommonFields(IReadOnlyDictionary<string, LogEventPropertyValue> properties, BaseEvent mpEvent)
    {
        if (PropertyValues.AsString(Get(properties, MparticleProperties.MpSourceMessageId)) is { Length: > 0 } messageId)
            mpEvent.SourceMessageId = messageId;

        var session = Get(properties, MparticleProperties.MpSessionId);
        if (PropertyValues.Scalar(session) is { } sessionValue)
        {
            if (PropertyValues.AsLong(session) is { } sessionId && sessionValue is not string)
                mpEvent.SessionId = sessionId;
            else
                mpEvent.SessionUuid = ScalarText.Of(sessionValue);
        }

        foreach (var flag in PropertyValues.Members(Get(properties, MparticleProperties.MpCustomFlags)))
        {
            if (_values.TryConvert(flag.Value, out var value))
                mpEvent.CustomFlags[flag.Key] = value;
        }
    }

    void ReadAttributes(IReadOnlyDictionary<string, LogEventPropertyValue> properties, CompiledRule? rule, BaseEvent mpEvent)
    {
        var included = rule?.Attributes ?? (IReadOnlyCollection<string>?)_includedAttributes;

        foreach (var attribute in PropertyValues.Members(Get(properties, MparticleProperties.MpAttributes)))
        {
            if ((_includedAttributes?.Contains(attribute.Key) == true || _policy.AllowsExplicit(attribute.Key))
                && _values.TryConvert(attribute.Value, out var value))
            {
                mpEvent.CustomAttributes[attribute.Key] = value;
            }
        }

        if (included is not null)
        {
            foreach (var name in included)
            {
                if (properties.TryGetValue(name, out var property) && _values.TryConvert(property, out var value))
                    mpEvent.CustomAttributes[name] = value;
            }

            return;
        }

        foreach (var property in properties)
        {
            // Only scalars by convention: destructured objects are payloads, not attributes.
            if (property.Value is ScalarValue scalar
                && _policy.AllowsProperty(property.Key)
                && !mpEvent.CustomAttributes.ContainsKey(property.Key)
                && _values.TryConvertScalar(scalar.Value, out var value))
            {
                mpEvent.CustomAttributes[property.Key] = value;
            }
        }
    }

    static LogEventPropertyValue? Get(IReadOnlyDictionary<string, LogEventPropertyValue> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value : null;
}
