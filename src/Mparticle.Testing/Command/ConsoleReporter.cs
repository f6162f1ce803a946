using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Mparticle.Testing.Inspection;

namespace Mparticle.Testing.Command;

/// <summary>Writes one line per request and the closing summary, so a developer can see what their app sends.</summary>
internal sealed class ConsoleReporter
{
    private const int UsersInSummary = 10;

    private readonly TextWriter _output;

    public ConsoleReporter(TextWriter output) => _output = output;

    public void Report(ReceivedRequest request, IReadOnlyList<ScannedBatch> accepted)
    {
        var line = new StringBuilder(160);
        line.Append(CultureInfo.InvariantCulture, $"{request.ReceivedAt.ToLocalTime():HH:mm:ss.fff} {(request.StatusCode == 0 ? "---" : request.StatusCode)} {request.Method} {request.Path} {request.Bytes:N0} B");
        if (request.ApiKey is { } key)
        {
            line.Append(CultureInfo.InvariantCulture, $" key {key}");
        }

        if (request.StatusCode == 202)
        {
            var users = accepted.Select(batch => batch.UserKey).Where(user => user is not null).Distinct(StringComparer.Ordinal).Count();
            line.Append(CultureInfo.InvariantCulture, $": {users} user{Plural(users)}, {request.AcceptedBatchCount} batch{(request.AcceptedBatchCount == 1 ? string.Empty : "es")}, {request.EventCount} event{Plural(request.EventCount)}");
            var byType = CountTypes(accepted);
            if (byType.Count > 0)
            {
                line.Append(" (").AppendJoin(", ", byType.Select(pair => pair.Key + " " + pair.Value.ToString(CultureInfo.InvariantCulture))).Append(')');
            }

            AppendIfAny(line, request.DuplicateCount, "duplicate");
            AppendIfAny(line, request.SkippedBatchCount, "skipped (historical)");
            AppendIfAny(line, request.InvalidBatchCount, "invalid");
        }

        if (request.Fault is { } fault)
        {
            line.Append(" [fault: ").Append(fault).Append(']');
        }

        if (request.Error is { } error)
        {
            line.Append(": ").Append(error);
        }

        _output.WriteLine(line.ToString());
    }

    public void Summarize(ReceiverStatistics statistics, long droppedLines = 0)
    {
        var c = CultureInfo.InvariantCulture;
        _output.WriteLine();
        if (droppedLines > 0)
        {
            _output.WriteLine(string.Create(c, $"{droppedLines:N0} request line{Plural(droppedLines)} not printed: the console could not keep up (the counts below are exact)."));
        }

        _output.WriteLine(string.Create(c, $"Summary: {statistics.RequestCount:N0} request{Plural(statistics.RequestCount)} ({string.Join(", ", statistics.RequestCountsByStatus.OrderBy(p => p.Key).Select(p => string.Create(c, $"{p.Key}: {p.Value:N0}")))}), {statistics.ByteCount:N0} bytes"));
        _output.WriteLine(string.Create(c, $"  batches: {statistics.BatchCount:N0} accepted, {statistics.DuplicateCount:N0} duplicate, {statistics.SkippedBatchCount:N0} skipped (historical), {statistics.InvalidBatchCount:N0} invalid"));
        var byType = statistics.EventCountsByType.Select(p => KeyValuePair.Create(EventTypeNames.All[Array.IndexOf(EventTypeNames.Types, p.Key)], p.Value));
        _output.WriteLine(string.Create(c, $"  events: {statistics.EventCount:N0}{Join(byType.OrderByDescending(p => p.Value))}"));
        _output.WriteLine(string.Create(c, $"  users: {statistics.EventCountsByUser.Count:N0}{Join(statistics.EventCountsByUser.OrderByDescending(p => p.Value).Take(UsersInSummary))}{(statistics.EventCountsByUser.Count > UsersInSummary ? ", ..." : string.Empty)}"));
    }

    private static SortedDictionary<string, int> CountTypes(IReadOnlyList<ScannedBatch> batches)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in batches.SelectMany(batch => batch.EventTypes))
        {
            var name = EventTypeNames.All[type];
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        return counts;
    }

    private static string Join(IEnumerable<KeyValuePair<string, long>> counts)
    {
        var text = string.Join(", ", counts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:N0}")));
        return text.Length == 0 ? string.Empty : " (" + text + ")";
    }

    private static void AppendIfAny(StringBuilder line, int count, string what)
    {
        if (count > 0)
        {
            line.Append(CultureInfo.InvariantCulture, $", {count} {what}");
        }
    }

    private static string Plural(long count) => count == 1 ? string.Empty : "s";
}
