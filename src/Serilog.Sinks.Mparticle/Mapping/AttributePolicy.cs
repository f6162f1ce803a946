using System;
using System.Collections.Generic;
using Mparticle;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Decides which property names may become custom attributes: not Serilog's or ASP.NET Core's housekeeping,
/// not the conventions' own properties, not identity properties, and nothing that looks like a secret;
/// an include list, when set, replaces all of that.
/// </summary>
sealed class AttributePolicy
{
    /// <summary>Properties that describe the logging, not the user's action.</summary>
    static readonly string[] Housekeeping =
    [
        "SourceContext", "EventId", "{OriginalFormat}", "Scope", "RequestId", "RequestPath", "ConnectionId",
        "CorrelationId", "TraceId", "SpanId", "ParentId", "ActionId", "ActionName", "ThreadId", "ThreadName",
        "ProcessId", "ProcessName", "MachineName", "EnvironmentName", "EnvironmentUserName",
    ];

    /// <summary>The conventions' own properties: they are read, never copied into attributes.</summary>
    static readonly string[] ConventionProperties =
    [
        MparticleProperties.MpEventType, MparticleProperties.MpEventName, MparticleProperties.MpAttributes,
        MparticleProperties.MpCustomFlags, MparticleProperties.MpSourceMessageId, MparticleProperties.MpCommerceEvent,
        MparticleProperties.MpProductAction, MparticleProperties.MpPromotionAction, MparticleProperties.MpProductImpressions,
        MparticleProperties.MpShoppingCart, MparticleProperties.MpCurrencyCode, MparticleProperties.MpSessionId,
        MparticleProperties.MpSessionDurationMs, MparticleProperties.MpTransitionType, MparticleProperties.MpUserIdentities,
        MparticleProperties.MpId, MparticleProperties.MpUserAttributes, MparticleProperties.MpScopeUserAttributes,
        MparticleProperties.MpDeletedUserAttributes,
        MparticleProperties.MpDeviceInfo,
    ];

    // Property names are few; the cache bound only protects against names made up at run time.
    const int MaxCachedNames = 4096;

    readonly HashSet<string> _reserved = new(StringComparer.Ordinal);
    readonly string[] _excludedFragments;
    readonly Dictionary<string, bool> _secretCache = new(StringComparer.Ordinal);

    public AttributePolicy(IEnumerable<string> identityProperties, IEnumerable<string> excludedFragments)
    {
        _reserved.UnionWith(Housekeeping);
        _reserved.UnionWith(ConventionProperties);
        _reserved.UnionWith(identityProperties);

        var fragments = new List<string>();
        foreach (var fragment in MparticleSinkOptions.DefaultExcludedAttributes)
            fragments.Add(NameKey.Normalize(fragment));
        foreach (var fragment in excludedFragments)
        {
            if (!string.IsNullOrWhiteSpace(fragment))
                fragments.Add(NameKey.Normalize(fragment));
        }

        _excludedFragments = fragments.ToArray();
    }

    /// <summary>Whether a remaining property of the log event becomes an attribute (no include list in force).</summary>
    public bool AllowsProperty(string name) => !_reserved.Contains(name) && !LooksSecret(name);

    /// <summary>Whether an explicitly given attribute (<c>MpAttributes</c>) is kept: everything but secrets.</summary>
    public bool AllowsExplicit(string name) => !LooksSecret(name);

    /// <summary>Whether the name contains an excluded fragment, ignoring case and separators.</summary>
    public bool LooksSecret(string name)
    {
        if (_secretCache.TryGetValue(name, out var cached))
            return cached;

        var key = NameKey.Normalize(name);
        var secret = false;
        foreach (var fragment in _excludedFragments)
        {
            if (key.Contains(fragment))
            {
                secret = true;
                break;
            }
        }

        if (_secretCache.Count < MaxCachedNames)
            _secretCache[name] = secret;
        return secret;
    }
}
