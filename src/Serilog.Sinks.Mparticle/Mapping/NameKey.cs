using System.Collections.Concurrent;
using System.Text;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Compares member names the way payloads arrive: C# names from Serilog's destructuring
/// (<c>TransactionId</c>) and mParticle's JSON names (<c>transaction_id</c>) are the same key.
/// </summary>
static class NameKey
{
    /// <summary>Lower-case letters and digits only: <c>Other_Id-2</c> becomes <c>otherid2</c>.</summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!IsSeparator(c))
                builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    // Member names of destructured payloads are few (the payload types' properties); the bound only protects
    // against names made up at run time. Shared by all sinks, hence concurrent.
    const int MaxCachedNames = 4096;
    static readonly ConcurrentDictionary<string, string> Cache = new(System.StringComparer.Ordinal);

    /// <summary><see cref="Normalize"/>, remembered per name: no allocation for a name seen before.</summary>
    public static string Of(string name)
    {
        if (Cache.TryGetValue(name, out var key))
            return key;

        key = Normalize(name);
        if (Cache.Count < MaxCachedNames)
            Cache.TryAdd(name, key);
        return key;
    }

    /// <summary>Whether <paramref name="name"/> normalizes to <paramref name="key"/>, without allocating.</summary>
    public static bool Matches(string name, string key)
    {
        var k = 0;
        foreach (var c in name)
        {
            if (IsSeparator(c))
                continue;
            if (k == key.Length || char.ToLowerInvariant(c) != key[k])
                return false;
            k++;
        }

        return k == key.Length;
    }

    static bool IsSeparator(char c) => c is '_' or '-' or '.' or ' ';
}
