using System.Collections.Generic;
using Mparticle;

namespace Serilog.Sinks.Mparticle;

/// <summary>
/// What one log event becomes: at most one mParticle event, plus what it says about its user.
/// The sink's conventions and rules fill it in; <see cref="MparticleSinkOptions.CustomMapping"/> may change it.
/// </summary>
/// <remarks>
/// Events of the same user (the same <see cref="Mpid"/> and <see cref="Identities"/>) in one periodic
/// batch travel in one mParticle batch with the user attributes and device information of all of them.
/// A mapping without identities is dropped and counted, unless fallback identities are configured.
/// </remarks>
public sealed class MparticleMapping
{
    // Most mappings carry no user attributes: the collections are created on first use.
    Dictionary<string, UserAttributeValue>? _userAttributes;
    List<string>? _deletedUserAttributes;

    // Most log events name their user with one or two identities: they are kept inline, and a UserIdentities
    // object (two dozen fields) is made only when someone asks for it: once per user, when the batch is built.
    UserIdentities? _identities;
    IdentityType _firstType;
    string? _first;
    IdentityType _secondType;
    string? _second;

    internal MparticleMapping()
    {
    }

    /// <summary>The event to send, or <c>null</c> when the log event is not an mParticle event.</summary>
    public BaseEvent? Event { get; set; }

    /// <summary>The user's identities (<c>customer_id</c>, <c>email</c>, ...).</summary>
    public UserIdentities Identities => _identities ??= Materialize();

    /// <summary>The user's mParticle ID, when known.</summary>
    public long? Mpid { get; set; }

    /// <summary>User attributes to set on the user's batch.</summary>
    public IDictionary<string, UserAttributeValue> UserAttributes => _userAttributes ??= [];

    /// <summary>Names of user attributes to delete.</summary>
    public IList<string> DeletedUserAttributes => _deletedUserAttributes ??= [];

    /// <summary>The user's device, when the log event describes it.</summary>
    public DeviceInformation? DeviceInfo { get; set; }

    /// <summary>
    /// The user's consent (<c>consent_state</c>), when the log event records it. Consent of several log events
    /// of the same user in one periodic batch is merged: purposes add up, the latest timestamp wins per purpose.
    /// </summary>
    public ConsentState? ConsentState { get; set; }

    /// <summary>Nothing to send: no event and nothing about the user beyond who it is.</summary>
    internal bool IsEmpty =>
        Event is null && _userAttributes is not { Count: > 0 } && _deletedUserAttributes is not { Count: > 0 } && DeviceInfo is null
        && ConsentState is not ({ Gdpr.Count: > 0 } or { Ccpa: not null });

    /// <summary>Whether the identities are still inline (no <see cref="UserIdentities"/> object made yet).</summary>
    internal bool HasInlineIdentities => _identities is null;

    /// <summary>The inline identities (empty values when absent); only meaningful while <see cref="HasInlineIdentities"/>.</summary>
    internal (IdentityType Type, string? Value) FirstIdentity => (_firstType, _first);

    /// <inheritdoc cref="FirstIdentity"/>
    internal (IdentityType Type, string? Value) SecondIdentity => (_secondType, _second);

    /// <summary>Sets (or, with <c>null</c>, clears) one identity, inline while there is room.</summary>
    internal void SetIdentity(IdentityType type, string? value)
    {
        if (_identities is not null)
        {
            Mapping.UserIdentityAccess.Set(_identities, type, value);
        }
        else if (_first is not null && _firstType == type)
        {
            _first = value;
        }
        else if (_second is not null && _secondType == type)
        {
            _second = value;
        }
        else if (value is null)
        {
            // Clearing an identity that is not set.
        }
        else if (_first is null)
        {
            _firstType = type;
            _first = value;
        }
        else if (_second is null)
        {
            _secondType = type;
            _second = value;
        }
        else
        {
            _identities = Materialize();
            Mapping.UserIdentityAccess.Set(_identities, type, value);
        }
    }

    /// <summary>The user attributes, without creating the dictionary.</summary>
    internal Dictionary<string, UserAttributeValue>? UserAttributesOrNull => _userAttributes;

    /// <summary>The deleted user attribute names, without creating the list.</summary>
    internal List<string>? DeletedUserAttributesOrNull => _deletedUserAttributes;

    /// <summary>Empties the mapping for the next log event (only ever done when no custom mapping can hold on to it).</summary>
    internal void Reset()
    {
        Event = null;
        Mpid = null;
        DeviceInfo = null;
        ConsentState = null;
        _identities = null;
        _first = _second = null;
        _userAttributes?.Clear();
        _deletedUserAttributes?.Clear();
    }

    UserIdentities Materialize()
    {
        var identities = new UserIdentities();
        if (_first is not null)
            Mapping.UserIdentityAccess.Set(identities, _firstType, _first);
        if (_second is not null)
            Mapping.UserIdentityAccess.Set(identities, _secondType, _second);
        _first = _second = null;
        return identities;
    }
}
