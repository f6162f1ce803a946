using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Mparticle.Extensions.Logging.Payloads;

/// <summary>Shapes dictionaries the way Serilog captures them as dictionaries.</summary>
static class Dictionaries
{
    /// <summary>
    /// The dictionary to write, or <c>null</c> when there is nothing to write. Serilog destructures only
    /// <see cref="Dictionary{TKey,TValue}"/> and <see cref="ReadOnlyDictionary{TKey,TValue}"/> as dictionaries
    /// (anything else would become a sequence of key/value structures the sink cannot read), so other
    /// dictionary types are copied; the two common ones pass through untouched.
    /// </summary>
    public static object? ToPayload(IReadOnlyDictionary<string, object?>? dictionary)
    {
        if (dictionary is null || dictionary.Count == 0)
            return null;

        if (dictionary is Dictionary<string, object?> or ReadOnlyDictionary<string, object?>)
            return dictionary;

        var copy = new Dictionary<string, object?>(dictionary.Count);
        foreach (var pair in dictionary)
            copy[pair.Key] = pair.Value;
        return copy;
    }

    /// <summary>
    /// The plain values of model attributes: a destructured <see cref="AttributeValue"/> is a structure (its kind and
    /// value), unless the logger registers <c>Destructure.MparticleValues()</c>; plain values are scalars either way.
    /// </summary>
    public static Dictionary<string, object?>? ToPayload(IDictionary<string, AttributeValue> attributes)
    {
        if (attributes.Count == 0)
            return null;

        var plain = new Dictionary<string, object?>(attributes.Count);
        foreach (var pair in attributes)
            plain[pair.Key] = pair.Value.Value;
        return plain;
    }
}
