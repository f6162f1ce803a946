using System.Globalization;
using Mparticle.Testing;

namespace Mparticle.Samples.Quickstart.Reporting;

/// <summary>
/// What the quick start delivered, printed after <c>Log.CloseAndFlush()</c>: the sink's own counts (from its meter:
/// log events mapped and dropped, batches, requests, answers), what the local receiver accepted (users, batches,
/// events by type) when it was the target, and the reasons the sink gave through SelfLog. <see cref="Delivered"/>
/// decides the exit code.
/// </summary>
sealed class DeliveryReport
{
    readonly MparticleTarget _target;
    readonly SinkMeter _sink;
    readonly SelfLogLines _selfLog;

    public DeliveryReport(MparticleTarget target, SinkMeter sink, SelfLogLines selfLog)
    {
        _target = target;
        _sink = sink;
        _selfLog = selfLog;
    }

    /// <summary>
    /// True when batches were delivered, the sink counted no log event dropped (rejected, undeliverable, unsent at
    /// shutdown, queue full, without identity) and (with the local receiver) every batch was valid. A request refused
    /// and then retried successfully still counts as delivered: the sink retries with the same ids, so nothing is
    /// counted twice.
    /// </summary>
    public bool Delivered =>
        _sink["batches.delivered"] > 0
        && _sink["events.dropped"] == 0
        && (_target.Receiver is not { } receiver || IsClean(receiver.Statistics));

    public void WriteTo(TextWriter output, TimeSpan elapsed)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Summary ({elapsed.TotalSeconds:0.0} s), sent to {_target.BaseUri}"));
        output.WriteLine($"  log       {_sink["events.received"]} events: {_sink["events.mapped"]} mapped, {_sink["events.ignored"]} ignored, {Counted("events.dropped", "dropped")}");
        if (_sink["values.trimmed"] + _sink["values.replaced"] > 0)
            output.WriteLine($"  changed   {Counted("values.trimmed", "trimmed")}, {Counted("values.replaced", "replaced")}");
        output.WriteLine($"  batches   {_sink["batches.sent"]} sent, {_sink["batches.delivered"]} delivered");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  requests  {_sink["requests.sent"]} ({Join(_sink.ByTag("responses"))}), {_sink["retries"]} retried, {_sink["bytes.sent"] / 1000.0:0.0} kB"));

        if (_target.Receiver is { } receiver)
        {
            var statistics = receiver.Statistics;
            output.WriteLine($"  accepted  {statistics.EventCountsByUser.Count} users, {statistics.BatchCount} batches, {statistics.EventCount} events");
            output.WriteLine($"  by type   {Join(statistics.EventCountsByType.OrderByDescending(p => p.Value).Select(p => KeyValuePair.Create(MparticleJsonName(p.Key), p.Value)))}");
            output.WriteLine($"  by user   {Join(statistics.EventCountsByUser.OrderBy(p => p.Key, StringComparer.Ordinal))}");
            if (statistics.DuplicateCount + statistics.InvalidBatchCount > 0)
                output.WriteLine($"  receiver  {statistics.DuplicateCount} duplicate and {statistics.InvalidBatchCount} invalid batches");
        }

        // The first line of each report: the message, without a stack trace.
        foreach (var line in _selfLog.Lines)
            output.WriteLine($"  selflog   {line.Split('\n')[0].TrimEnd()}");

        output.WriteLine(Delivered
            ? "Everything was delivered."
            : "Some events were NOT delivered: see the counts and selflog lines above (exit code 1).");
    }

    /// <summary>A counter's total with its breakdown by tag: <c>2 dropped (no_identity: 2)</c>, or <c>0 dropped</c>.</summary>
    string Counted(string counter, string what) =>
        _sink[counter] == 0 ? $"0 {what}" : $"{_sink[counter]} {what} ({Join(_sink.ByTag(counter))})";

    static bool IsClean(ReceiverStatistics statistics) => statistics.EventCount > 0 && statistics.InvalidBatchCount == 0;

    /// <summary>The event type as the wire spells it (<c>custom_event</c>, <c>screen_view</c>, ...).</summary>
    static string MparticleJsonName(EventType type) =>
        string.Concat(type.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    static string Join<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> pairs) =>
        string.Join(", ", pairs.Select(pair => $"{pair.Key}: {pair.Value}"));
}
