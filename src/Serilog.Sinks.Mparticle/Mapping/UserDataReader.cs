using System.Collections.Generic;
using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>Reads what a log event says about its user: user attributes to set or delete, and the device.</summary>
sealed class UserDataReader
{
    readonly AttributeValues _values;

    public UserDataReader(AttributeValues values)
    {
        _values = values;
    }

    public void Read(PropertyIndex properties, MparticleMapping mapping)
    {
        // A scope's attributes first, so that the log call's own attributes win for the same name.
        ReadAttributes(properties[Convention.ScopeUserAttributes], mapping);
        ReadAttributes(properties[Convention.UserAttributes], mapping);

        if (properties[Convention.DeletedUserAttributes] is { } deleted)
        {
            if (deleted is SequenceValue sequence)
            {
                foreach (var element in sequence.Elements)
                {
                    if (PropertyValues.AsString(element) is { Length: > 0 } name)
                        mapping.DeletedUserAttributes.Add(name);
                }
            }
            else if (PropertyValues.AsString(deleted) is { Length: > 0 } name)
            {
                mapping.DeletedUserAttributes.Add(name);
            }
        }

        if (properties[Convention.DeviceInfo] is { } device)
            mapping.DeviceInfo = DeviceInfoReader.Read(device);
    }

    void ReadAttributes(LogEventPropertyValue? attributes, MparticleMapping mapping)
    {
        if (attributes is not (StructureValue or DictionaryValue))
            return;

        foreach (var attribute in PropertyValues.Members(attributes))
        {
            if (TryConvert(attribute.Value, out var value))
                mapping.UserAttributes[attribute.Key] = value;
        }
    }

    /// <summary>A sequence becomes a list of strings (the one list type mParticle accepts); anything else a scalar.</summary>
    bool TryConvert(LogEventPropertyValue value, out UserAttributeValue result)
    {
        // A UserAttributeValue destructured without Destructure.MparticleValues(): its value is a member.
        if (value is StructureValue { TypeTag: nameof(UserAttributeValue) } structure
            && PropertyValues.Member(structure, "value") is { } held)
        {
            value = held;
        }

        if (value is ScalarValue { Value: UserAttributeValue user })
        {
            result = user;
            return true;
        }

        if (value is SequenceValue sequence)
        {
            var entries = new List<string>(sequence.Elements.Count);
            foreach (var element in sequence.Elements)
            {
                if (element is ScalarValue { Value: not null } && _values.TryConvert(element, out var entry) && !entry.IsNull)
                    entries.Add(entry.ToString());
            }

            result = UserAttributeValue.FromList(entries);
            return true;
        }

        if (_values.TryConvert(value, out var scalar))
        {
            result = scalar;
            return true;
        }

        result = default;
        return false;
    }
}
