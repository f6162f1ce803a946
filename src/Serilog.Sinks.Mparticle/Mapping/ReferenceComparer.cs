using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Compares strings by reference. Property names of log events written from the same call site are the same
/// string objects every time (the template's, or the enricher's literal), so a lookup by reference is a hit almost
/// always and costs no hashing of the characters; a miss falls back to an ordinal lookup.
/// </summary>
sealed class ReferenceComparer : IEqualityComparer<string>
{
    public static readonly ReferenceComparer Instance = new();

    public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

    public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
}
