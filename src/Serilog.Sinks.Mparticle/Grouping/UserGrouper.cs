using System.Collections.Generic;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Mapping;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>
/// Groups the mappings of one periodic batch per user: the same mpid and the same identities make the
/// same user, and each user gets one mParticle batch, in the order users first appear.
/// </summary>
sealed class UserGrouper
{
    readonly MparticleEnvironment _environment;
    readonly SinkCounters _counters;

    public UserGrouper(MparticleEnvironment environment, SinkCounters counters)
    {
        _environment = environment;
        _counters = counters;
    }

    public IReadOnlyList<UserBatch> Group(IEnumerable<KeyValuePair<LogEvent, MparticleMapping>> mappings)
    {
        var builders = new Dictionary<string, UserBatchBuilder>();
        var order = new List<UserBatchBuilder>();
        foreach (var pair in mappings)
        {
            var key = UserIdentityAccess.UserKey(pair.Value);
            if (!builders.TryGetValue(key, out var builder))
            {
                builder = new UserBatchBuilder(pair.Value);
                builders.Add(key, builder);
                order.Add(builder);
            }

            builder.Add(pair.Key, pair.Value);
        }

        var batches = new List<UserBatch>(order.Count);
        foreach (var builder in order)
            batches.Add(builder.Build(_environment, _counters));
        return batches;
    }
}
