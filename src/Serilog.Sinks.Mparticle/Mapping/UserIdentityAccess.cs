using Mparticle;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>Reads and writes <see cref="UserIdentities"/> by <see cref="IdentityType"/>, and keys users for grouping.</summary>
static class UserIdentityAccess
{
    /// <summary>Every identity type, in the order of the batch's <c>user_identities</c>.</summary>
    public static readonly IdentityType[] AllTypes =
    [
        IdentityType.CustomerId, IdentityType.Email, IdentityType.Other, IdentityType.OtherId2, IdentityType.OtherId3,
        IdentityType.OtherId4, IdentityType.OtherId5, IdentityType.OtherId6, IdentityType.OtherId7, IdentityType.OtherId8,
        IdentityType.OtherId9, IdentityType.OtherId10, IdentityType.MobileNumber, IdentityType.PhoneNumber2,
        IdentityType.PhoneNumber3, IdentityType.Facebook, IdentityType.FacebookCustomAudienceId, IdentityType.Google,
        IdentityType.Microsoft, IdentityType.Twitter, IdentityType.Yahoo, IdentityType.Alias,
    ];

    public static string? Get(UserIdentities identities, IdentityType type) => type switch
    {
        IdentityType.CustomerId => identities.CustomerId,
        IdentityType.Email => identities.Email,
        IdentityType.Other => identities.Other,
        IdentityType.OtherId2 => identities.OtherId2,
        IdentityType.OtherId3 => identities.OtherId3,
        IdentityType.OtherId4 => identities.OtherId4,
        IdentityType.OtherId5 => identities.OtherId5,
        IdentityType.OtherId6 => identities.OtherId6,
        IdentityType.OtherId7 => identities.OtherId7,
        IdentityType.OtherId8 => identities.OtherId8,
        IdentityType.OtherId9 => identities.OtherId9,
        IdentityType.OtherId10 => identities.OtherId10,
        IdentityType.MobileNumber => identities.MobileNumber,
        IdentityType.PhoneNumber2 => identities.PhoneNumber2,
        IdentityType.PhoneNumber3 => identities.PhoneNumber3,
        IdentityType.Facebook => identities.Facebook,
        IdentityType.FacebookCustomAudienceId => identities.FacebookCustomAudienceId,
        IdentityType.Google => identities.Google,
        IdentityType.Microsoft => identities.Microsoft,
        IdentityType.Twitter => identities.Twitter,
        IdentityType.Yahoo => identities.Yahoo,
        IdentityType.Alias => identities.Alias,
        _ => null,
    };

    public static void Set(UserIdentities identities, IdentityType type, string? value)
    {
        switch (type)
        {
            case IdentityType.CustomerId: identities.CustomerId = value; break;
            case IdentityType.Email: identities.Email = value; break;
            case IdentityType.Other: identities.Other = value; break;
            case IdentityType.OtherId2: identities.OtherId2 = value; break;
            case IdentityType.OtherId3: identities.OtherId3 = value; break;
            case IdentityType.OtherId4: identities.OtherId4 = value; break;
            case IdentityType.OtherId5: identities.OtherId5 = value; break;
            case IdentityType.OtherId6: identities.OtherId6 = value; break;
            case IdentityType.OtherId7: identities.OtherId7 = value; break;
            case IdentityType.OtherId8: identities.OtherId8 = value; break;
            case IdentityType.OtherId9: identities.OtherId9 = value; break;
            case IdentityType.OtherId10: identities.OtherId10 = value; break;
            case IdentityType.MobileNumber: identities.MobileNumber = value; break;
            case IdentityType.PhoneNumber2: identities.PhoneNumber2 = value; break;
            case IdentityType.PhoneNumber3: identities.PhoneNumber3 = value; break;
            case IdentityType.Facebook: identities.Facebook = value; break;
            case IdentityType.FacebookCustomAudienceId: identities.FacebookCustomAudienceId = value; break;
            case IdentityType.Google: identities.Google = value; break;
            case IdentityType.Microsoft: identities.Microsoft = value; break;
            case IdentityType.Twitter: identities.Twitter = value; break;
            case IdentityType.Yahoo: identities.Yahoo = value; break;
            case IdentityType.Alias: identities.Alias = value; break;
        }
    }

    public static bool HasAnyIdentity(UserIdentities identities)
    {
        foreach (var type in AllTypes)
        {
            if (!string.IsNullOrEmpty(Get(identities, type)))
                return true;
        }

        return false;
    }

    /// <summary>Whether the mapping can be attributed to a user: an mpid or any user identity.</summary>
    public static bool HasAny(MparticleMapping mapping) => mapping.Mpid is not null || HasAnyUserIdentity(mapping);

    /// <summary>Whether the mapping has any user identity (the mpid aside), without making the identities object.</summary>
    public static bool HasAnyUserIdentity(MparticleMapping mapping) =>
        mapping.HasInlineIdentities
            ? mapping.FirstIdentity.Value is { Length: > 0 } || mapping.SecondIdentity.Value is { Length: > 0 }
            : HasAnyIdentity(mapping.Identities);
}
