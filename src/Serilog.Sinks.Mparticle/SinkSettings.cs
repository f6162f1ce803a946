using System;
using Mparticle;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle;

/// <summary>What the sink needs besides its options: the clock, report interval, back-off of its gate, and metrics.</summary>
sealed class SinkSettings
{
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The least time between two SelfLog reports of the same kind. The default is 1 minute.</summary>
    public TimeSpan ReportInterval { get; set; } = CounterReporter.DefaultInterval;

    /// <summary>The gate's first back-off after a 429 without <c>Retry-After</c>: the client's, 1 second by default.</summary>
    public TimeSpan InitialBackoff { get; set; } = RetryOptions.DefaultInitialBackoff;

    /// <summary>The gate's longest back-off: the client's, 30 seconds by default.</summary>
    public TimeSpan MaxBackoff { get; set; } = RetryOptions.DefaultMaxBackoff;

    /// <summary>Whether requests are paced by <c>X-mp-rate-limit-percentage-used</c> (<see cref="Delivery.SendGate"/>); on by default, off only to compare in tests.</summary>
    public bool PaceByRateLimit { get; set; } = true;

    /// <summary>Whether the sink publishes its counters as <c>System.Diagnostics.Metrics</c> instruments.</summary>
    public bool PublishMetrics { get; set; } = true;
}
