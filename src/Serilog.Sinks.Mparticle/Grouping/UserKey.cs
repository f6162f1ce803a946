using System;
using Mparticle;
using Serilog.Sinks.Mparticle.Mapping;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>
/// Who a mapping's user is: the mpid and the identities, inline while there are at most two (the usual case), so
/// that grouping a log event costs a hash and a comparison, not a key string or an identities object.
/// </summary>
sealed class UserKey : IEquatable<UserKey>
{
    long? _mpid;
    IdentityType _firstType;
    string? _first;
    IdentityType _secondType;
    string? _second;
    UserIdentities? _identities;

    /// <summary>Makes this key the key of <paramref name="mapping"/>'s user (the key is then a probe, reused).</summary>
    public void Set(MparticleMapping mapping)
    {
        _mpid = mapping.Mpid;
        if (mapping.HasInlineIdentities)
        {
            (_firstType, _first) = mapping.FirstIdentity;
            (_secondType, _second) = mapping.SecondIdentity;
            _identities = null;
        }
        else
        {
            // The mapping's identities object is never changed after the mapping is handed over.
            _first = _second = null;
            _identities = mapping.Identities;
        }
    }

    /// <summary>A copy, to keep as a dictionary key while this one is reused as a probe.</summary>
    public UserKey Copy() => (UserKey)MemberwiseClone();

    public long? Mpid => _mpid;

    /// <summary>Whether the user has any identity besides the mpid.</summary>
    public bool HasIdentities => _identities is not null ? UserIdentityAccess.HasAnyIdentity(_identities) : _first is { Length: > 0 } || _second is { Length: > 0 };

    /// <summary>The user's identities as the batch carries them (a new object when they were inline).</summary>
    public UserIdentities CreateIdentities()
    {
        if (_identities is not null)
            return _identities;

        var identities = new UserIdentities();
        if (_first is { Length: > 0 })
            UserIdentityAccess.Set(identities, _firstType, _first);
        if (_second is { Length: > 0 })
            UserIdentityAccess.Set(identities, _secondType, _second);
        return identities;
    }

    public bool Equals(UserKey? other)
    {
        if (other is null || _mpid != other._mpid)
            return false;

        if (_identities is null && other._identities is null)
            return Count() == other.Count() && other.Holds(_firstType, _first) && other.Holds(_secondType, _second);

        foreach (var type in UserIdentityAccess.AllTypes)
        {
            if (!string.Equals(NonEmpty(Get(type)), NonEmpty(other.Get(type)), StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is UserKey other && Equals(other);

    /// <summary>A sum over the identities, so the order in which they were set does not matter.</summary>
    public override int GetHashCode()
    {
        var hash = _mpid.GetHashCode();
        if (_identities is null)
            return hash + IdentityHash(_firstType, _first) + IdentityHash(_secondType, _second);

        foreach (var type in UserIdentityAccess.AllTypes)
            hash += IdentityHash(type, UserIdentityAccess.Get(_identities, type));
        return hash;
    }

    string? Get(IdentityType type)
    {
        if (_identities is not null)
            return UserIdentityAccess.Get(_identities, type);
        if (_first is not null && _firstType == type)
            return _first;
        return _second is not null && _secondType == type ? _second : null;
    }

    int Count() => (_first is { Length: > 0 } ? 1 : 0) + (_second is { Length: > 0 } ? 1 : 0);

    bool Holds(IdentityType type, string? value) =>
        value is not { Length: > 0 } || string.Equals(Get(type), value, StringComparison.Ordinal);

    static int IdentityHash(IdentityType type, string? value) =>
        value is { Length: > 0 } ? ((int)type * 397) ^ StringComparer.Ordinal.GetHashCode(value) : 0;

    static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
