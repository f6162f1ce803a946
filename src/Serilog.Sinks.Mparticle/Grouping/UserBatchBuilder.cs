using System.Collections.Generic;
using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Mapping;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>
/// Accumulates one user's mappings in log order: events in order, user attributes merged so that the
/// latest set or delete of a name wins, the latest device information wins, consent merged per purpose. It copies what it needs from each
/// mapping, so the mapping object can be reused.
/// </summary>
sealed class UserBatchBuilder
{
    readonly UserKey _user;
    readonly Batch _batch = new();
    readonly IList<BaseEvent> _events;
    int _logEvents;

    // Most users of a periodic batch carry no user attributes: created on first use.
    Dictionary<string, UserAttributeValue>? _userAttributes;
    List<string>? _userAttributeOrder;
    List<string>? _deleted;
    DeviceInformation? _deviceInfo;
    ConsentMerger? _consent;

    public UserBatchBuilder(UserKey user)
    {
        _user = user;
        _events = _batch.Events;
    }

    public void Add(MparticleMapping mapping)
    {
        _logEvents++;
        if (mapping.Event is { } mpEvent)
            _events.Add(mpEvent);

        if (mapping.DeletedUserAttributesOrNull is { Count: > 0 } deletedNames)
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

        if (mapping.UserAttributesOrNull is { Count: > 0 } attributes)
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

        if (mapping.ConsentState is { } consent)
            (_consent ??= new ConsentMerger()).Add(consent);
    }

    public UserBatch Build(MparticleEnvironment environment, SinkCounters counters)
    {
        var batch = _batch;
        batch.Environment = environment;
        batch.Mpid = _user.Mpid;
        batch.DeviceInfo = _deviceInfo;
        batch.ConsentState = _consent?.Result;
        if (_user.HasIdentities)
            batch.UserIdentities = _user.CreateIdentities();

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
