using System;

namespace Serilog.Sinks.Mparticle.Compat;

/// <summary>Enum names and values on netstandard2.0, which has only the <see cref="Type"/>-based methods.</summary>
static class EnumCompat
{
    public static string[] GetNames<TEnum>()
        where TEnum : struct, Enum => Enum.GetNames(typeof(TEnum));

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum => (TEnum)Enum.Parse(typeof(TEnum), name);
}
