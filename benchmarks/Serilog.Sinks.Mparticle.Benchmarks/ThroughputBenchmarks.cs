using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// Background throughput on the peer workload (1,000 users, each 10 custom events with 3 attributes and 1 purchase:
/// 11,000 log events), on one thread, without HTTP, in periodic batches of 1,000 log events (the default
/// <c>BatchSizeLimit</c>): the sink's <c>EmitBatchAsync</c> maps, groups, seals, packs and serializes; the baseline
/// packs and serializes the very batches the sink produced (the client's share of the work). Times are per log
/// event: events/s = 1e9 / time. On a shared machine, read Median and Min.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ThroughputBenchmarks : IDisposable
{
    const int Users = 1_000;
    const int Events = Users * PeerLogEvents.EventsPerUser;
    const int PeriodicBatchSize = MparticleSinkOptions.DefaultBatchSizeLimit;

    List<List<LogEvent>> _periodicBatches = [];
    List<List<Batch>> _batches = [];
    BatchPacker _packer = null!;
    MparticleSink _sink = null!;

    [GlobalSetup]
    public void Setup()
    {
        _periodicBatches = PeerLogEvents.PeriodicBatches(PeerLogEvents.Create(Users), PeriodicBatchSize);
        var transport = new PackingTransport();
        _sink = new MparticleSink(new MparticleSinkOptions(), transport, new SinkCounters(), new SinkSettings());
        foreach (var periodicBatch in _periodicBatches)
        {
            _sink.EmitBatchAsync(periodicBatch).GetAwaiter().GetResult();
            _batches.Add([.. transport.LastBatches]);
        }

        _packer = new BatchPacker();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _sink?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public int PackAndSerializeOnly()
    {
        var requests = 0;
        foreach (var batches in _batches)
        {
            using var packed = _packer.Pack(batches);
            requests += packed.Requests.Count;
        }

        return requests;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public void MapGroupPackAndSerialize()
    {
        foreach (var periodicBatch in _periodicBatches)
            _sink.EmitBatchAsync(periodicBatch).GetAwaiter().GetResult();
    }
}
