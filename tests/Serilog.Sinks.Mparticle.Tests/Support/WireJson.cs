using System.Text.Json;
using System.Text.RegularExpressions;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>Request bodies as comparable text: the random ids replaced by numbered placeholders, indented.</summary>
static class WireJson
{
    static readonly Regex Ids = new("\"(source_request_id|source_message_id)\":\"([^\"]+)\"", RegexOptions.Compiled);
    static readonly Regex Timestamps = new("\"timestamp_unixtime_ms\":(\\d+)", RegexOptions.Compiled);

    /// <summary>
    /// Like <see cref="Normalize(string)"/>, and event times (which must be within the last hour) become 0.
    /// </summary>
    public static string NormalizeLive(string body) => Normalize(Timestamps.Replace(body, match =>
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        (DateTimeOffset.UtcNow - time).ShouldBeLessThan(TimeSpan.FromHours(1));
        return "\"timestamp_unixtime_ms\":0";
    }));

    public static string Normalize(string body)
    {
        var seen = new Dictionary<string, string>();
        var replaced = Ids.Replace(body, match =>
        {
            var id = match.Groups[2].Value;
            Guid.Parse(id).ShouldNotBe(Guid.Empty);
            if (!seen.TryGetValue(id, out var placeholder))
            {
                placeholder = (match.Groups[1].Value == "source_request_id" ? "request-" : "message-") + (seen.Count + 1);
                seen.Add(id, placeholder);
            }

            return $"\"{match.Groups[1].Value}\":\"{placeholder}\"";
        });

        using var document = JsonDocument.Parse(replaced);
        return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true });
    }
}
