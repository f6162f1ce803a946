using Mparticle;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>One identity a property can carry: a user identity of <see cref="global::Mparticle.IdentityType"/>, or the mpid.</summary>
readonly struct IdentityField
{
    IdentityField(IdentityType type, bool isMpid)
    {
        Type = type;
        IsMpid = isMpid;
    }

    public IdentityType Type { get; }

    /// <summary>The mParticle ID (<c>mpid</c>), which is not a user identity but a batch field.</summary>
    public bool IsMpid { get; }

    public static IdentityField Mpid => new(default, isMpid: true);

    public static IdentityField Of(IdentityType type) => new(type, isMpid: false);

    /// <summary>Reads <c>customer_id</c>, <c>CustomerId</c>, <c>other_id_2</c>, <c>mpid</c>, ...</summary>
    public static IdentityField? Parse(string name)
    {
        if (NameKey.Matches(name, "mpid"))
            return Mpid;
        return PropertyValues.FindEnum<IdentityType>(name) is { } type ? Of(type) : null;
    }

    /// <summary>Sets this identity on <paramref name="mapping"/>; returns whether the value was usable.</summary>
    public bool TrySet(MparticleMapping mapping, string value)
    {
        if (IsMpid)
        {
            if (!long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var mpid))
                return false;
            mapping.Mpid = mpid;
            return true;
        }

        mapping.SetIdentity(Type, value);
        return true;
    }
}
