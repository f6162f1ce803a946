using System;
using System.Collections.Generic;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>Validates property-to-identity maps from configuration.</summary>
static class IdentityFields
{
    const string KnownNames =
        "customer_id, email, other, other_id_2 ... other_id_10, mobile_number, phone_number_2, phone_number_3, " +
        "facebook, twitter, google, microsoft, yahoo, alias, facebook_custom_audience_id, or mpid";

    /// <summary>
    /// Reads a property name to identity name map; an unknown identity name fails configuration
    /// with a message naming <paramref name="owner"/>. An empty identity name removes the property.
    /// </summary>
    public static IReadOnlyDictionary<string, IdentityField> ForProperties(IDictionary<string, string>? map, string owner)
    {
        var fields = new Dictionary<string, IdentityField>(StringComparer.Ordinal);
        if (map is null)
            return fields;

        foreach (var pair in map)
        {
            if (string.IsNullOrWhiteSpace(pair.Value))
                continue;
            fields[pair.Key] = IdentityField.Parse(pair.Value)
                ?? throw new ArgumentException(
                    $"{owner} maps property `{pair.Key}` to `{pair.Value}`, which is not an mParticle identity ({KnownNames}).",
                    nameof(map));
        }

        return fields;
    }

    /// <summary>Reads an identity name to value map (fallback identities); an unknown identity name fails configuration.</summary>
    public static IReadOnlyList<KeyValuePair<IdentityField, string>> ForValues(IDictionary<string, string>? map, string owner)
    {
        var fields = new List<KeyValuePair<IdentityField, string>>();
        if (map is null)
            return fields;

        foreach (var pair in map)
        {
            if (string.IsNullOrWhiteSpace(pair.Value))
                continue;
            var field = IdentityField.Parse(pair.Key)
                ?? throw new ArgumentException($"{owner} names `{pair.Key}`, which is not an mParticle identity ({KnownNames}).", nameof(map));
            fields.Add(new KeyValuePair<IdentityField, string>(field, pair.Value));
        }

        return fields;
    }
}
