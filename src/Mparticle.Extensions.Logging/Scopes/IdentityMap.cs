using System.Collections.Generic;

namespace Mparticle.Extensions.Logging.Scopes;

/// <summary>
/// The identities a user scope writes: only those set, keyed by the <see cref="UserIdentities"/> member name
/// (the sink reads C# and JSON spellings alike). Built once per scope, so each log event inside the scope
/// captures a dictionary of one or two entries instead of reflecting over twenty-two members.
/// </summary>
static class IdentityMap
{
    public static Dictionary<string, string> Of(UserIdentities identities)
    {
        var map = new Dictionary<string, string>(2);
        Add(map, nameof(UserIdentities.CustomerId), identities.CustomerId);
        Add(map, nameof(UserIdentities.Email), identities.Email);
        Add(map, nameof(UserIdentities.Other), identities.Other);
        Add(map, nameof(UserIdentities.OtherId2), identities.OtherId2);
        Add(map, nameof(UserIdentities.OtherId3), identities.OtherId3);
        Add(map, nameof(UserIdentities.OtherId4), identities.OtherId4);
        Add(map, nameof(UserIdentities.OtherId5), identities.OtherId5);
        Add(map, nameof(UserIdentities.OtherId6), identities.OtherId6);
        Add(map, nameof(UserIdentities.OtherId7), identities.OtherId7);
        Add(map, nameof(UserIdentities.OtherId8), identities.OtherId8);
        Add(map, nameof(UserIdentities.OtherId9), identities.OtherId9);
        Add(map, nameof(UserIdentities.OtherId10), identities.OtherId10);
        Add(map, nameof(UserIdentities.Facebook), identities.Facebook);
        Add(map, nameof(UserIdentities.FacebookCustomAudienceId), identities.FacebookCustomAudienceId);
        Add(map, nameof(UserIdentities.Google), identities.Google);
        Add(map, nameof(UserIdentities.Microsoft), identities.Microsoft);
        Add(map, nameof(UserIdentities.Twitter), identities.Twitter);
        Add(map, nameof(UserIdentities.Yahoo), identities.Yahoo);
        Add(map, nameof(UserIdentities.Alias), identities.Alias);
        Add(map, nameof(UserIdentities.MobileNumber), identities.MobileNumber);
        Add(map, nameof(UserIdentities.PhoneNumber2), identities.PhoneNumber2);
        Add(map, nameof(UserIdentities.PhoneNumber3), identities.PhoneNumber3);
        return map;
    }

    static void Add(Dictionary<string, string> map, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            map[name] = value!;
    }
}
