using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Mparticle.Benchmarks;

/// <summary>
/// The peer workload: 10,000 batches of 11 events (110,000 events) serialized and packed into bulk requests.
/// Times and allocations are per event (<see cref="OperationsPerInvokeAttribute"/>): events per second = 1e9 / Mean (ns).
/// Both sides reuse their request arrays between operations, as a sender that disposes sent requests does.
/// On a shared machine, read Min: the least disturbed iteration.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PackBenchmarks : IDisposable
{
    /// <summary>Batches in the workload.</summary>
    public const int BatchCount = 10_000;

    private const int Events = BatchCount * PeerWorkload.EventsPerBatch;

    private readonly BatchPacker _packer = new();
    private readonly HandWrittenPacker _handWritten = new();
    private List<Batch> _batches = [];

    [GlobalSetup]
    public void Setup() => _batches = PeerWorkload.Create(BatchCount);

    // Both give their bodies back once done with them, as a sender does after sending: each reuses its arrays.
    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public int HandWrittenUtf8JsonWriter()
    {
        var bodies = _handWritten.Pack(_batches);
        _handWritten.Return(bodies);
        return bodies.Count;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public int BatchPackerPack()
    {
        using var result = _packer.Pack(_batches);
        return result.Requests.Count;
    }

    public void Dispose()
    {
        _handWritten.Dispose();
        GC.SuppressFinalize(this);
    }
}
