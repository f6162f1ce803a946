using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Mparticle.Extensions.Logging.States;
using Mparticle.Extensions.Logging.Text;

namespace Mparticle.Extensions.Logging.Scopes;

/// <summary>
/// The state of a user scope: <c>@MpUserIdentities</c>, <c>@MpScopeUserAttributes</c> and <c>MpId</c>, always
/// all three. In a nest of scopes the innermost value of a name wins (Serilog.Extensions.Logging applies its own
/// scopes innermost first without replacing, and Microsoft's external scopes outermost first replacing), so
/// writing all three - an empty dictionary, a null mpid - is what stops an outer user's attributes or mpid from
/// leaking onto the events of a nested user.
/// </summary>
/// <remarks>
/// The attributes are not <c>MpUserAttributes</c>: with Microsoft's <c>LoggerFactory</c>, scope properties replace
/// the log call's own, and would erase what <c>LogUserAttributes</c> sets inside the scope.
/// No <c>{OriginalFormat}</c>: the scope is a property bag, not a message (Serilog adds no <c>Scope</c> item).
/// </remarks>
sealed class UserScopeState : IReadOnlyList<KeyValuePair<string, object?>>
{
    static readonly Dictionary<string, object?> NoAttributes = new(0);

    readonly Dictionary<string, string> _identities;
    readonly object _attributes;
    readonly object? _mpid;

    public UserScopeState(Dictionary<string, string> identities, object? attributes, long? mpid)
    {
        _identities = identities;
        _attributes = attributes ?? NoAttributes;
        _mpid = mpid;
    }

    public int Count => 3;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new KeyValuePair<string, object?>(StateKeys.UserIdentities, _identities),
        1 => new KeyValuePair<string, object?>(StateKeys.ScopeUserAttributes, _attributes),
        2 => new KeyValuePair<string, object?>(StateKeys.MpId, _mpid),
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "The index must be between 0 and 2."),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>What the console provider prints with <c>IncludeScopes</c>: <c>mParticle user CustomerId=42</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("mParticle user").Pairs(_identities);
        if (_mpid is not null)
            text.Append(" mpid=").Value(_mpid);
        if (!ReferenceEquals(_attributes, NoAttributes))
            text.Append(" with").Pairs(_attributes);
        return text.ToString();
    }
}
