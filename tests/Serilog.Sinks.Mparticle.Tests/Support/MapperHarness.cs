using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Mapping;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>Runs the mapper the way the sink does, and exposes its counters.</summary>
sealed class MapperHarness
{
    public MapperHarness(MparticleSinkOptions? options = null)
    {
        Mapper = new LogEventMapper(options ?? new MparticleSinkOptions(), Counters);
    }

    public MapperHarness(Action<MparticleSinkOptions> configure)
        : this(Configure(configure))
    {
    }

    public SinkCounters Counters { get; } = new();

    public LogEventMapper Mapper { get; }

    public MparticleMapping? Map(LogEvent logEvent)
    {
        var mapping = Mapper.Map(logEvent);
        Mapper.FlushCounts();
        return mapping;
    }

    /// <summary>The mapping, which must exist.</summary>
    public MparticleMapping MapOne(LogEvent logEvent) => Map(logEvent).ShouldNotBeNull();

    static MparticleSinkOptions Configure(Action<MparticleSinkOptions> configure)
    {
        var options = new MparticleSinkOptions();
        configure(options);
        return options;
    }
}
