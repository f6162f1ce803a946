using System.Globalization;
using Mparticle.Testing;

namespace Mparticle.Samples.Quickstart.Reporting;

/// <summary>
/// What the quick start delivered, printed after <c>Log.CloseAndFlush()</c>: the requests sent (from .NET's HTTP
/// metrics), what the local receiver accepted (users, batches, events by type) when it was the target, and any
/// loss the sink reported through SelfLog. <see cref="Delivered"/> decides the exit code.
/// </summary>
sealed class DeliveryReport
{
    readonly MparticleTarget _target;
    readonly HttpRequestCounter _requests;
    readonly SelfLogLines _selfLog;

    public DeliveryReport(MparticleTarget target, HttpRequestCounter requests, SelfLogLines selfLog)
    {
        _target = target;
        _requests = requests;
        _selfLog = selfLog;
    }

    /// <summary>
    /// True when something was sent, every request was accepted in the end, nothing was reported lost, and (with
    /// the local receiver) every batch was valid. A request refused and then retried successfully still counts
    /// as accepted: the sink retries with the same ids, so nothing is counted twice.
    /// </summary>
    public bool Delivered =>
        _requests.ByStatus.ContainsKey("202")
        && _selfLog.LossLines.Count == 0
        && (_target.Receiver is not { } receiver || IsClean(receiver.Statistics));

    public void WriteTo(TextWriter output, TimeSpan elapsed)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Summary ({elapsed.TotalSeconds:0.0} s), sent to {_target.BaseUri}"));
        output.WriteLine($"  requests  {_requests.Total} ({Join(_requests.ByStatus)})");

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
            : "Some events were NOT delivered: see the requests and selflog lines above (exit code 1).");
    }

    static bool IsClean(ReceiverStatistics statistics) => statistics.EventCount > 0 && statistics.InvalidBatchCount == 0;

    /// <summary>The event type as the wire spells it (<c>custom_event</c>, <c>screen_view</c>, ...).</summary>
    static string MparticleJsonName(EventType type) =>
        string.Concat(type.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    static string Join<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> pairs) =>
        string.Join(", ", pairs.Select(pair => $"{pair.Key}: {pair.Value}"));
}
