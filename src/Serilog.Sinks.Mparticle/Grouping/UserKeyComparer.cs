using System.Collections.Generic;
using Serilog.Sinks.Mparticle.Mapping;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>Compares mappings by user (mpid and identities), without building a key string per log event.</summary>
sealed class UserKeyComparer : IEqualityComparer<MparticleMapping>
{
    public static readonly UserKeyComparer Instance = new();

    public bool Equals(MparticleMapping? x, MparticleMapping? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && UserIdentityAccess.SameUser(x, y));

    public int GetHashCode(MparticleMapping obj) => UserIdentityAccess.UserHash(obj);
}
