using System.Collections.Generic;
using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>
/// Groups the mappings of one periodic batch per user: the same mpid and the same identities make the
/// same user, and each user gets one mParticle batch, in the order users first appear.
/// </summary>
/// <remarks>
/// Incremental (<see cref="Begin"/>, <see cref="Add"/>, <see cref="Complete"/>): each mapping is taken apart as it
/// is added, so the mapper can reuse its mapping object for the next log event. Not thread-safe.
/// </remarks>
sealed class UserGrouper
{
    readonly MparticleEnvironment _environment;
    readonly SinkCounters _counters;
    readonly Dictionary<UserKey, int> _users = [];
    readonly List<UserBatchBuilder> _builders = [];
    readonly UserKey _probe = new();

    public UserGrouper(MparticleEnvironment environment, SinkCounters counters)
    {
        _environment = environment;
        _counters = counters;
    }

    /// <summary>Starts a periodic batch.</summary>
    public void Begin()
    {
        _users.Clear();
        _builders.Clear();
    }

    /// <summary>Adds one mapping; returns the index of its user's batch in <see cref="Complete"/>'s list.</summary>
    public int Add(MparticleMapping mapping)
    {
        _probe.Set(mapping);
        if (!_users.TryGetValue(_probe, out var index))
        {
            var key = _probe.Copy();
            index = _builders.Count;
            _users.Add(key, index);
            _builders.Add(new UserBatchBuilder(key));
        }

        _builders[index].Add(mapping);
        return index;
    }

    /// <summary>The batches of the periodic batch, one per user, in the order users first appeared.</summary>
    public List<UserBatch> Complete()
    {
        var batches = new List<UserBatch>(_builders.Count);
        foreach (var builder in _builders)
            batches.Add(builder.Build(_environment, _counters));
        Begin();
        return batches;
    }
}
