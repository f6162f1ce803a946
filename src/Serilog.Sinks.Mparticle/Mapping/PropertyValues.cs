using System;
using System.Collections.Generic;
using System.Globalization;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Compat;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Reads payloads as Serilog stores them: scalars, structures (destructured objects), dictionaries and
/// sequences. Member names are looked up with <see cref="NameKey"/>, so C# and JSON spellings both work.
/// Readers are lenient about representation (a number may arrive as text) and return <c>null</c> when a
/// value is missing or unusable.
/// </summary>
static class PropertyValues
{
    /// <summary>The member of a structure or dictionary whose name normalizes to <paramref name="key"/>.</summary>
    public static LogEventPropertyValue? Member(LogEventPropertyValue? container, string key)
    {
        switch (container)
        {
            case StructureValue structure:
                foreach (var property in structure.Properties)
                {
                    if (NameKey.Matches(property.Name, key))
                        return property.Value;
                }

                return null;
            case DictionaryValue dictionary:
                foreach (var element in dictionary.Elements)
                {
                    if (element.Key.Value is { } name && NameKey.Matches(ScalarText.Of(name), key))
                        return element.Value;
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The members of a structure or dictionary, in order; nothing for other values.</summary>
    public static IEnumerable<KeyValuePair<string, LogEventPropertyValue>> Members(LogEventPropertyValue? container)
    {
        switch (container)
        {
            case StructureValue structure:
                foreach (var property in structure.Properties)
                    yield return new KeyValuePair<string, LogEventPropertyValue>(property.Name, property.Value);
                break;
            case DictionaryValue dictionary:
                foreach (var element in dictionary.Elements)
                {
                    if (element.Key.Value is { } name)
                        yield return new KeyValuePair<string, LogEventPropertyValue>(ScalarText.Of(name), element.Value);
                }

                break;
        }
    }

    /// <summary>The elements of a sequence; nothing for other values.</summary>
    public static IReadOnlyList<LogEventPropertyValue> Elements(LogEventPropertyValue? value) =>
        value is SequenceValue sequence ? sequence.Elements : [];

    /// <summary>Whether the value is absent or a null scalar.</summary>
    public static bool IsNull(LogEventPropertyValue? value) => value is null or ScalarValue { Value: null };

    /// <summary>The scalar's value, or <c>null</c> when absent or not a scalar.</summary>
    public static object? Scalar(LogEventPropertyValue? value) => value is ScalarValue scalar ? scalar.Value : null;

    /// <summary>The text of a scalar, or <c>null</c>.</summary>
    public static string? AsString(LogEventPropertyValue? value) =>
        Scalar(value) is { } scalar ? ScalarText.Of(scalar) : null;

    public static long? AsLong(LogEventPropertyValue? value) => Scalar(value) switch
    {
        null => null,
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul when ul <= long.MaxValue => (long)ul,
        decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue => (long)m,
        double d when d == Math.Truncate(d) && d >= long.MinValue && d <= long.MaxValue => (long)d,
        float f when f == Math.Truncate(f) && f >= long.MinValue && f <= long.MaxValue => (long)f,
        TimeSpan t => (long)t.TotalMilliseconds,
        DateTimeOffset o => o.ToUnixTimeMilliseconds(),
        DateTime dt => new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt).ToUnixTimeMilliseconds(),
        string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static int? AsInt(LogEventPropertyValue? value) =>
        AsLong(value) is { } l && l >= int.MinValue && l <= int.MaxValue ? (int)l : null;

    public static decimal? AsDecimal(LogEventPropertyValue? value)
    {
        try
        {
            return Scalar(value) switch
            {
                null => null,
                decimal m => m,
                double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)d,
                float f when !float.IsNaN(f) && !float.IsInfinity(f) => (decimal)f,
                string text when decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => AsLong(value) is { } l ? l : (decimal?)null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static double? AsDouble(LogEventPropertyValue? value) => Scalar(value) switch
    {
        null => null,
        double d when !double.IsNaN(d) && !double.IsInfinity(d) => d,
        float f when !float.IsNaN(f) && !float.IsInfinity(f) => f,
        decimal m => (double)m,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsNaN(parsed) && !double.IsInfinity(parsed) => parsed,
        _ => AsLong(value),
    };

    public static bool? AsBool(LogEventPropertyValue? value) => Scalar(value) switch
    {
        bool b => b,
        string text when bool.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>The enum member named by the value (the enum itself, or its C# or mParticle name as text).</summary>
    public static TEnum? AsEnum<TEnum>(LogEventPropertyValue? value)
        where TEnum : struct, Enum
    {
        var scalar = Scalar(value);
        if (scalar is TEnum direct)
            return direct;
        return scalar is null ? null : EnumNames<TEnum>.Find(ScalarText.Of(scalar));
    }

    /// <summary>The enum member whose C# name matches <paramref name="text"/> as a <see cref="NameKey"/>.</summary>
    public static TEnum? FindEnum<TEnum>(string text)
        where TEnum : struct, Enum => EnumNames<TEnum>.Find(text);

    static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        static readonly KeyValuePair<string, TEnum>[] Members = Build();

        public static TEnum? Find(string text)
        {
            foreach (var member in Members)
            {
                if (NameKey.Matches(text, member.Key))
                    return member.Value;
            }

            return null;
        }

        static KeyValuePair<string, TEnum>[] Build()
        {
            var names = EnumCompat.GetNames<TEnum>();
            var members = new KeyValuePair<string, TEnum>[names.Length];
            for (var i = 0; i < names.Length; i++)
                members[i] = new KeyValuePair<string, TEnum>(NameKey.Normalize(names[i]), EnumCompat.Parse<TEnum>(names[i]));
            return members;
        }
    }
}
