using System.Collections.Generic;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Mapping;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>
/// Accumulates one user's mappings in log order: events in order, user attributes merged so that the
/// latest set or delete of a name wins, the latest device information wins.
/// </summary>
sealed class UserBatchBuilder
{
    readonly MparticleMapping _first;
    readonly List<LogEvent> _logEvents = new(4);
    readonly List<BaseEvent> _events = new(4);

    // Most users of a periodic batch carry no user attributes: created on first use.
    Dictionary<string, UserAttributeValue>? _userAttributes;
    List<string>? _userAttributeOrder;
    List<string>? _deleted;
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

        if (mapping.DeletedUserAttributesOrNull is { } deletedNames)
        {
            foreach (var name in deletedNames)
            {
                if (_userAttributes is not null && _userAttributes.Remove(name))
                    _userAttributeOrder!.Remove(name);
                _deleted ??= [];
                if (!_deleted.Contains(name))
                    _deleted.Add(name);
            }
        }

        if (mapping.UserAttributesOrNull is { } attributes)
        {
            foreach (var attribute in attributes)
            {
                _userAttributes ??= [];
                _userAttributeOrder ??= [];
                if (!_userAttributes.ContainsKey(attribute.Key))
                    _userAttributeOrder.Add(attribute.Key);
                _userAttributes[attribute.Key] = attribute.Value;
                _deleted?.Remove(attribute.Key);
            }
        }

        if (mapping.DeviceInfo is { } device)
            _deviceInfo = device;
    }

    public UserBatch Build(MparticleEnvironment environment, SinkCounters counters)
    {
        var batch = new Batch
        {
            Environment = environment,
            Mpid = _first.Mpid,
            DeviceInfo = _deviceInfo,
        };

        if (UserIdentityAccess.HasAnyUserIdentity(_first))
            batch.UserIdentities = _first.Identities;

        if (batch.Events is List<BaseEvent> events)
        {
            events.AddRange(_events);
        }
        else
        {
            foreach (var mpEvent in _events)
                batch.Events.Add(mpEvent);
        }

        if (_userAttributeOrder is not null)
        {
            foreach (var name in _userAttributeOrder)
            {
                if (batch.UserAttributes.Count == TextLimits.MaxUserAttributesPerBatch)
                {
                    counters.Increment(SinkCounter.UserAttributesDropped);
                    continue;
                }

                batch.UserAttributes[name] = _userAttributes![name];
            }
        }

        if (_deleted is not null)
        {
            foreach (var name in _deleted)
                batch.DeletedUserAttributes.Add(name);
        }

        return new UserBatch(batch, _logEvents);
    }
}
