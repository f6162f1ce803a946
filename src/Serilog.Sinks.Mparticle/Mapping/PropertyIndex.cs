using System;
using System.Collections.Generic;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Compat;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Reads a log event's properties in one pass: each property name is looked up once, in a table of what it is
/// to the mapping (a convention's property, an identity property, housekeeping, a secret, or an attribute), and
/// lands in its slot. The mapper then reads slots instead of looking up some twenty names per log event.
/// </summary>
/// <remarks>Reused for every log event: not thread-safe, like the mapper that owns it.</remarks>
sealed class PropertyIndex
{
    // Property names are few; the bound only protects against names made up at run time.
    const int MaxLearnedNames = 4096;

    static readonly int ConventionCount = EnumCompat.GetNames<Convention>().Length;

    readonly Dictionary<string, Role> _roles = new(StringComparer.Ordinal);
    readonly Dictionary<string, Role> _rolesByReference = new(ReferenceComparer.Instance);
    readonly AttributePolicy _policy;
    readonly LogEventPropertyValue?[] _conventions = new LogEventPropertyValue?[ConventionCount];
    readonly LogEventPropertyValue?[] _identities;
    readonly List<KeyValuePair<string, ScalarValue>> _attributes = [];
    IReadOnlyDictionary<string, LogEventPropertyValue> _properties = new Dictionary<string, LogEventPropertyValue>();
    int _learned;

    /// <param name="identityProperties">The identity properties, in the order they apply (later ones win).</param>
    /// <param name="policy">Which other names may become attributes.</param>
    public PropertyIndex(IReadOnlyList<string> identityProperties, AttributePolicy policy)
    {
        _policy = policy;
        _identities = new LogEventPropertyValue?[identityProperties.Count];

        // Identity properties first: a name that is also a convention's property is the convention's.
        for (var i = 0; i < identityProperties.Count; i++)
            _roles[identityProperties[i]] = new Role(RoleKind.Identity, i);

        Add(MparticleProperties.MpEventType, Convention.EventType);
        Add(MparticleProperties.MpEventName, Convention.EventName);
        Add(MparticleProperties.MpAttributes, Convention.Attributes);
        Add(MparticleProperties.MpCustomFlags, Convention.CustomFlags);
        Add(MparticleProperties.MpSourceMessageId, Convention.SourceMessageId);
        Add(MparticleProperties.MpCommerceEvent, Convention.CommerceEvent);
        Add(MparticleProperties.MpProductAction, Convention.ProductAction);
        Add(MparticleProperties.MpPromotionAction, Convention.PromotionAction);
        Add(MparticleProperties.MpProductImpressions, Convention.ProductImpressions);
        Add(MparticleProperties.MpShoppingCart, Convention.ShoppingCart);
        Add(MparticleProperties.MpCurrencyCode, Convention.CurrencyCode);
        Add(MparticleProperties.MpSessionId, Convention.SessionId);
        Add(MparticleProperties.MpSessionDurationMs, Convention.SessionDurationMs);
        Add(MparticleProperties.MpTransitionType, Convention.TransitionType);
        Add(MparticleProperties.MpUserIdentities, Convention.UserIdentities);
        Add(MparticleProperties.MpId, Convention.Mpid);
        Add(MparticleProperties.MpUserAttributes, Convention.UserAttributes);
        Add(MparticleProperties.MpScopeUserAttributes, Convention.ScopeUserAttributes);
        Add(MparticleProperties.MpDeletedUserAttributes, Convention.DeletedUserAttributes);
        Add(MparticleProperties.MpDeviceInfo, Convention.DeviceInfo);
        Add(MparticleProperties.MpConsentState, Convention.ConsentState);
        Add("EventId", Convention.EventId);
    }

    /// <summary>The log event's properties as they are, for lookups by configured names (rules, include lists).</summary>
    public IReadOnlyDictionary<string, LogEventPropertyValue> Properties => _properties;

    /// <summary>The scalar properties that may become attributes, in the log event's order.</summary>
    public List<KeyValuePair<string, ScalarValue>> ScalarAttributes => _attributes;

    /// <summary>The convention's property, or <c>null</c> when the log event does not carry it.</summary>
    public LogEventPropertyValue? this[Convention convention] => _conventions[(int)convention];

    /// <summary>The value of identity property <paramref name="index"/>, or <c>null</c>.</summary>
    public LogEventPropertyValue? Identity(int index) => _identities[index];

    /// <summary>The convention's property, or <c>null</c> when absent or a null scalar.</summary>
    public LogEventPropertyValue? Present(Convention convention) =>
        _conventions[(int)convention] is { } value && !PropertyValues.IsNull(value) ? value : null;

    /// <summary>Classifies every property of <paramref name="logEvent"/>.</summary>
    public void Read(LogEvent logEvent)
    {
        Array.Clear(_conventions, 0, _conventions.Length);
        Array.Clear(_identities, 0, _identities.Length);
        _attributes.Clear();
        _properties = logEvent.Properties;

        // Serilog keeps properties in a Dictionary: enumerating it as one avoids boxing an enumerator.
        if (_properties is Dictionary<string, LogEventPropertyValue> dictionary)
        {
            foreach (var property in dictionary)
                Classify(property.Key, property.Value);
        }
        else
        {
            foreach (var property in _properties)
                Classify(property.Key, property.Value);
        }
    }

    void Classify(string name, LogEventPropertyValue value)
    {
        if (!_rolesByReference.TryGetValue(name, out var role))
        {
            if (!_roles.TryGetValue(name, out role))
                role = Learn(name);
            if (_rolesByReference.Count < MaxLearnedNames)
                _rolesByReference[name] = role;
        }

        switch (role.Kind)
        {
            case RoleKind.Convention:
                _conventions[role.Index] = value;
                break;
            case RoleKind.Identity:
                _identities[role.Index] = value;
                break;
            case RoleKind.Attribute when value is ScalarValue scalar:
                _attributes.Add(new KeyValuePair<string, ScalarValue>(name, scalar));
                break;
        }
    }

    Role Learn(string name)
    {
        var role = new Role(_policy.AllowsProperty(name) ? RoleKind.Attribute : RoleKind.Reserved, 0);
        if (_learned < MaxLearnedNames)
        {
            _roles[name] = role;
            _learned++;
        }

        return role;
    }

    void Add(string name, Convention convention) => _roles[name] = new Role(RoleKind.Convention, (int)convention);

    enum RoleKind
    {
        /// <summary>Not an attribute: housekeeping, a rule's identity property, or a name that looks like a secret.</summary>
        Reserved,
        Attribute,
        Convention,
        Identity,
    }

    readonly struct Role
    {
        public Role(RoleKind kind, int index)
        {
            Kind = kind;
            Index = index;
        }

        public RoleKind Kind { get; }

        public int Index { get; }
    }
}
