using System.Globalization;
using System.Linq;
using System.Text;

namespace Mparticle.Testing.Tests.Support;

/// <summary>Request bodies for tests, written by hand as JSON so the receiver is tested against the wire format.</summary>
internal static class Some
{
    public static string CustomEvent(string name = "Clicked", long? timestampMs = 1_700_000_000_000) =>
        "{\"event_type\":\"custom_event\",\"data\":{\"event_name\":\"" + name + "\",\"custom_event_type\":\"other\""
        + (timestampMs is { } ms ? ",\"timestamp_unixtime_ms\":" + ms.ToString(CultureInfo.InvariantCulture) : string.Empty) + "}}";

    public static string ScreenView(string screen = "Home") =>
        "{\"event_type\":\"screen_view\",\"data\":{\"screen_name\":\"" + screen + "\",\"timestamp_unixtime_ms\":1700000000000}}";

    /// <summary>A batch for <paramref name="user"/> (customer_id) with <paramref name="events"/> custom events, or the given events.</summary>
    public static string Batch(string user = "user-1", int events = 1, string? sourceRequestId = null, string[]? eventJson = null, string? extra = null)
    {
        var list = eventJson ?? Enumerable.Range(0, events).Select(i => CustomEvent("Event " + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var id = sourceRequestId is null ? string.Empty : ",\"source_request_id\":\"" + sourceRequestId + "\"";
        return "{\"environment\":\"development\",\"user_identities\":{\"customer_id\":\"" + user + "\"}" + id
            + (extra is null ? string.Empty : "," + extra)
            + ",\"events\":[" + string.Join(",", list) + "]}";
    }

    /// <summary>A request body as the Events API takes it: UTF-8 <c>application/json</c>.</summary>
    public static System.Net.Http.StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static string Bulk(params string[] batches) => "[" + string.Join(",", batches) + "]";

    /// <summary>A batch padded with a custom attribute so that its JSON is exactly <paramref name="bytes"/> bytes.</summary>
    public static string BatchOfSize(int bytes, string user = "user-1")
    {
        var empty = Batch(user, eventJson: [Padded(string.Empty)]);
        return Batch(user, eventJson: [Padded(new string('x', bytes - Encoding.UTF8.GetByteCount(empty)))]);

        static string Padded(string padding) =>
            "{\"event_type\":\"custom_event\",\"data\":{\"event_name\":\"Padded\",\"custom_event_type\":\"other\",\"custom_attributes\":{\"pad\":\"" + padding + "\"}}}";
    }
}
