using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Mparticle.Extensions.Logging.Text;

/// <summary>
/// The pieces of the readable text our states give providers that do not read structure (the console,
/// debug output, ...): <c>mParticle app event "Example" (navigation) foo=bar</c>. Numbers and dates are
/// written in the invariant culture, like the JSON mParticle receives.
/// </summary>
static class ReadableText
{
    /// <summary>Appends <c>"text"</c>.</summary>
    public static StringBuilder Quoted(this StringBuilder text, object? value) =>
        text.Append('"').Value(value).Append('"');

    /// <summary>Appends <c> name=value</c> for each pair of a dictionary.</summary>
    public static StringBuilder Pairs(this StringBuilder text, object? pairs)
    {
        if (pairs is IEnumerable<KeyValuePair<string, object?>> objects)
        {
            foreach (var pair in objects)
                text.Append(' ').Append(pair.Key).Append('=').Value(pair.Value);
        }
        else if (pairs is IEnumerable<KeyValuePair<string, string>> strings)
        {
            foreach (var pair in strings)
                text.Append(' ').Append(pair.Key).Append('=').Append(pair.Value);
        }

        return text;
    }

    /// <summary>Appends a scalar as JSON would hold it, a sequence as <c>[a, b]</c>.</summary>
    public static StringBuilder Value(this StringBuilder text, object? value)
    {
        try
        {
            switch (value)
            {
                case null:
                    return text.Append("null");
                case string s:
                    return text.Append(s);
                case bool b:
                    return text.Append(b ? "true" : "false");
                case IFormattable formattable:
                    return text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                case IEnumerable sequence:
                    text.Append('[');
                    var first = true;
                    foreach (var element in sequence)
                    {
                        if (!first)
                            text.Append(", ");
                        first = false;
                        text.Value(element);
                    }

                    return text.Append(']');
                default:
                    return text.Append(value.ToString());
            }
        }
#pragma warning disable CA1031 // A value's own ToString() may throw anything; readable text must never fail the log call.
        catch (Exception)
#pragma warning restore CA1031
        {
            return text.Append("(unprintable ").Append(value!.GetType().Name).Append(')');
        }
    }

    /// <summary>Appends an enum member as mParticle spells it: <c>AddToCart</c> becomes <c>add_to_cart</c>.</summary>
    public static StringBuilder SnakeCase<TEnum>(this StringBuilder text, TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                    text.Append('_');
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text;
    }

    /// <summary>Appends <c> (3 products)</c>.</summary>
    public static StringBuilder Count(this StringBuilder text, int count, string singular) =>
        text.Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(singular)
            .Append(count == 1 ? ")" : "s)");
}
