using System;

namespace Serilog.Sinks.Mparticle.Compat;

/// <summary>Enum names and values without reflection over <see cref="Type"/> (trimming- and AOT-safe on .NET).</summary>
static class EnumCompat
{
    public static string[] GetNames<TEnum>()
        where TEnum : struct, Enum => Enum.GetNames<TEnum>();

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(name);
}
