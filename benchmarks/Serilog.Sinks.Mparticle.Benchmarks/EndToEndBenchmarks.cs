using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Mparticle;
using Mparticle.Testing;
using Serilog.Core;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// End to end, per event: from log calls to events accepted by the local receiver (rate limit off), against the
/// client alone posting the same events, packed beforehand, to the same receiver (its ceiling on this machine).
/// One operation is one periodic batch of the peer workload: 1,000 users, 11 events each.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks : IDisposable
{
    const int Users = 1_000;
    const int Events = Users * PeerLogEvents.EventsPerUser;
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    MparticleReceiver _receiver = null!;
    Logger _logger = null!;
    ILogger[] _users = [];
    IReadOnlyList<PackedRequest> _requests = [];
    long _accepted;
    int _round;

    [GlobalSetup]
    public void Setup()
    {
        // No credentials configured: any key is accepted, and de-duplication is per key (as at mParticle).
        _receiver = MparticleReceiver.StartAsync(new MparticleReceiverOptions
        {
            MaxRetainedBatches = 0,
            MaxRetainedRequests = 0,
            MaxRetainedBodyBytes = 0,
        }).GetAwaiter().GetResult();

        _logger = new LoggerConfiguration()
            .WriteTo.Mparticle("e2e-sink", "e2e-secret", options =>
            {
                options.ServerUrl = _receiver.BaseUrl;
                options.Period = TimeSpan.FromHours(1);
                options.BatchSizeLimit = Events; // a full periodic batch is emitted at once
            })
            .CreateLogger();
        _users = PeerLogEvents.ForUsers(_logger, Users);

        var transport = new PackingTransport();
        using (var sink = new MparticleSink(new MparticleSinkOptions(), transport, new SinkCounters(), new SinkSettings()))
            sink.EmitBatchAsync(PeerLogEvents.Create(Users)).GetAwaiter().GetResult();
        _requests = new BatchPacker().Pack(transport.LastBatches).Requests;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _logger?.Dispose();
        _receiver?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The client alone: the same events, packed beforehand, posted one request after the other. Each round uses a
    /// new API key, so the receiver accepts the same ids again rather than acknowledging duplicates.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public void ClientPostsPackedRequests()
    {
        var key = "e2e-client-" + (_round++).ToString(CultureInfo.InvariantCulture);
        using var client = new EventsApi(new global::Mparticle.Configuration(key, "e2e-secret") { BaseUrl = _receiver.BaseUrl });
        foreach (var request in _requests)
            client.BulkUploadEventsAsync(request).GetAwaiter().GetResult();
        _accepted += Events;
    }

    /// <summary>The sink's benchmark, timed in two parts: the log calls, and the whole until the receiver has the events.</summary>
    internal (TimeSpan Calls, TimeSpan Total) LogCallsToAcceptedEventsTimed()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        PeerLogEvents.Write(_users);
        var calls = watch.Elapsed;
        _accepted += Events;
        _receiver.WaitForEventsAsync(checked((int)_accepted), Patience).GetAwaiter().GetResult();
        return (calls, watch.Elapsed);
    }

    /// <summary>Log calls on this thread; the sink maps, groups, packs and posts in the background; done when the receiver has them.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public void LogCallsToAcceptedEvents()
    {
        PeerLogEvents.Write(_users);
        _accepted += Events;
        _receiver.WaitForEventsAsync(checked((int)_accepted), Patience).GetAwaiter().GetResult();
    }
}
