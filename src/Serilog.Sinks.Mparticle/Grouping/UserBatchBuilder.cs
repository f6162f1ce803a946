using System.Collections.Generic;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Mapping;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>
/// Accumulates one user's mappings in log order: events in order, user attributes merged so that the
/// latest set or delete of a name wins, the latest device information wins, consent merged per purpose.
/// </summary>
sealed class UserBatchBuilder
{
    readonly MparticleMapping _first;
    readonly List<LogEvent> _logEvents = [];
    readonly List<BaseEvent> _events = [];
    readonly Dictionary<string, UserAttributeValue> _userAttributes = [];
    readonly List<string> _userAttributeOrder = [];
    readonly List<string> _deleted = [];
    readonly ConsentMerger _consent = new();
    DeviceInformation? _deviceInfo;

    public UserBatchBuilder(MparticleMapping first)
    {
        _first = first;
    }

    public void Add(LogEvent logEvent, MparticleMapping mapping)
    {
        _logEvents.Add(logEvent);
        if (mapping.Event is { } mpEvent)
            _events.Add(mpEvent);

        foreach (var name in mapping.DeletedUserAttributesOrNull ?? [])
        {
            if (_userAttributes.Remove(name))
                _userAttributeOrder.Remove(name);
            if (!_deleted.Contains(name))
                _deleted.Add(name);
        }

        foreach (var attribute in mapping.UserAttributesOrNull ?? [])
        {
            if (!_userAttributes.ContainsKey(attribute.Key))
                _userAttributeOrder.Add(attribute.Key);
            _userAttributes[attribute.Key] = attribute.Value;
            _deleted.Remove(attribute.Key);
        }

        if (mapping.DeviceInfo is { } device)
            _deviceInfo = device;

        _consent.Add(mapping.ConsentState);
    }

    public UserBatch Build(MparticleEnvironment environment, SinkCounters counters)
    {
        var batch = new Batch
        {
            Environment = environment,
            Mpid = _first.Mpid,
            DeviceInfo = _deviceInfo,
            ConsentState = _consent.Result,
        };

        if (UserIdentityAccess.HasAnyIdentity(_first.Identities))
            batch.UserIdentities = _first.Identities;

        foreach (var mpEvent in _events)
            batch.Events.Add(mpEvent);

        foreach (var name in _userAttributeOrder)
        {
            if (batch.UserAttributes.Count == TextLimits.MaxUserAttributesPerBatch)
            {
                counters.Increment(SinkCounter.UserAttributesDropped);
                continue;
            }

            batch.UserAttributes[name] = _userAttributes[name];
        }

        foreach (var name in _deleted)
            batch.DeletedUserAttributes.Add(name);

        return new UserBatch(batch, _logEvents);
    }
}
