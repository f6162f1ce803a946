using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Benchmarks;

/// <summary>
/// Background throughput on the peer workload (1,000 users, each 10 custom events with 3 attributes and 1
/// purchase: 11,000 log events in one periodic batch), on one thread, without HTTP: the sink's
/// <c>EmitBatchAsync</c> maps, groups, seals, packs and serializes; the baseline packs and serializes the very
/// batches the sink produced (the client's share of the work). Times are per log event: events/s = 1e9 / Mean.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ThroughputBenchmarks : IDisposable
{
    const int Users = 1_000;
    const int Events = Users * PeerLogEvents.EventsPerUser;

    List<LogEvent> _logEvents = [];
    List<Batch> _batches = [];
    BatchPacker _packer = null!;
    MparticleSink _sink = null!;

    [GlobalSetup]
    public void Setup()
    {
        _logEvents = PeerLogEvents.Create(Users);
        var transport = new PackingTransport();
        _sink = new MparticleSink(new MparticleSinkOptions(), transport, new SinkCounters(), new SinkSettings());
        _sink.EmitBatchAsync(_logEvents).GetAwaiter().GetResult();
        _batches = [.. transport.LastBatches];
        _packer = new BatchPacker();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _sink?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public int PackAndSerializeOnly() => _packer.Pack(_batches).Requests.Count;

    [Benchmark(OperationsPerInvoke = Events)]
    public void MapGroupPackAndSerialize() => _sink.EmitBatchAsync(_logEvents).GetAwaiter().GetResult();
}
