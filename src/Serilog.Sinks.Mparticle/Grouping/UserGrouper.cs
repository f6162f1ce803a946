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
    readonly Dictionary<MparticleMapping, UserBatchBuilder> _builders = new(UserKeyComparer.Instance);

    public UserGrouper(MparticleEnvironment environment, SinkCounters counters)
    {
        _environment = environment;
        _counters = counters;
    }

    public List<UserBatch> Group(IEnumerable<KeyValuePair<LogEvent, MparticleMapping>> mappings)
    {
        var order = new List<UserBatchBuilder>();
        try
        {
            foreach (var pair in mappings)
            {
                if (!_builders.TryGetValue(pair.Value, out var builder))
                {
                    builder = new UserBatchBuilder(pair.Value);
                    _builders.Add(pair.Value, builder);
                    order.Add(builder);
                }

                builder.Add(pair.Key, pair.Value);
            }
        }
        finally
        {
            // The dictionary is kept for its capacity; the mappings it holds must not outlive the call.
            _builders.Clear();
        }

        var batches = new List<UserBatch>(order.Count);
        foreach (var builder in order)
            batches.Add(builder.Build(_environment, _counters));
        return batches;
    }
}
