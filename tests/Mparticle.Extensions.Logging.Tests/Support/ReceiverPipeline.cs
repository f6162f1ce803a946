using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Mparticle.Testing;
using Serilog;
using Serilog.Sinks.Mparticle;

namespace Mparticle.Extensions.Logging.Tests.Support;

/// <summary>
/// The whole chain: ILogger -> Serilog.Extensions.Logging -> the Mparticle sink -> HTTP -> the local receiver.
/// Disposing the logger factory flushes the sink, so no test waits on the batching timer.
/// </summary>
static class ReceiverPipeline
{
    const string ApiKey = "ext-key";
    const string ApiSecret = "ext-secret";

    /// <summary>Runs <paramref name="log"/> against a fresh receiver and returns it, every request received.</summary>
    public static async Task<MparticleReceiver> RunAsync(
        Func<Microsoft.Extensions.Logging.ILogger, Task> log,
        SerilogWiring wiring = SerilogWiring.LoggingBuilder,
        Action<MparticleSinkOptions>? configure = null)
    {
        var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = ApiKey, ApiSecret = ApiSecret });
        try
        {
            var configuration = new LoggerConfiguration().WriteTo.Mparticle(ApiKey, ApiSecret, options =>
            {
                options.ServerUrl = receiver.BaseUrl;
                options.Environment = MparticleEnvironment.Development;
                options.Period = TimeSpan.FromHours(1); // only disposal flushes: the tests never race the timer
                configure?.Invoke(options);
            });

            using (var factory = SerilogCapture.CreateFactory(configuration, LogLevel.Trace, wiring))
                await log(factory.CreateLogger(SerilogCapture.Category));

            return receiver;
        }
        catch
        {
            await receiver.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// What the receiver accepted, one JSON batch per user in order of first appearance, ids and times normalized
    /// (see <see cref="Serilog.Sinks.Mparticle.Tests.Support.WireJson"/>). Serilog's batching may cut one flush into
    /// two periodic batches (at shutdown it emits the batch it was filling, then the rest of its queue), so the
    /// parts of a user's batch are joined: the envelope of the first part (every part must carry the same user),
    /// the user attributes of all parts, and their events in order.
    /// </summary>
    public static string UserBatches(MparticleReceiver receiver, Func<string, string>? rewrite = null)
    {
        var users = new List<(string Key, JsonObject Batch)>();
        foreach (var request in receiver.Requests)
        {
            request.Path.ShouldBe("/v2/bulkevents");
            request.StatusCode.ShouldBe(202, request.Error);
            var body = rewrite is null ? request.Body! : rewrite(request.Body!);
            foreach (var part in JsonNode.Parse(body)!.AsArray().Select(b => b!.AsObject()))
            {
                var key = part["user_identities"]?.ToJsonString() + "|" + part["mpid"]?.ToJsonString();
                var index = users.FindIndex(u => u.Key == key);
                if (index < 0)
                    users.Add((key, Join(null, part)));
                else
                    users[index] = (key, Join(users[index].Batch, part));
            }
        }

        var all = new JsonArray(users.Select(u => (JsonNode)u.Batch).ToArray());
        return Serilog.Sinks.Mparticle.Tests.Support.WireJson.NormalizeLive(all.ToJsonString());
    }

    static JsonObject Join(JsonObject? joined, JsonObject part)
    {
        string[] merged = ["user_attributes", "deleted_user_attributes", "events"];
        var result = new JsonObject();
        foreach (var field in joined ?? part)
        {
            if (!merged.Contains(field.Key))
                result[field.Key] = field.Value!.DeepClone();
        }

        var attributes = (joined?["user_attributes"]?.DeepClone() as JsonObject) ?? [];
        foreach (var attribute in part["user_attributes"]?.AsObject() ?? [])
            attributes[attribute.Key] = attribute.Value?.DeepClone();
        if (attributes.Count > 0)
            result["user_attributes"] = attributes;

        var deleted = (joined?["deleted_user_attributes"]?.DeepClone() as JsonArray) ?? [];
        foreach (var name in part["deleted_user_attributes"]?.AsArray() ?? [])
            deleted.Add(name?.DeepClone());
        if (deleted.Count > 0)
            result["deleted_user_attributes"] = deleted;

        var events = (joined?["events"]?.DeepClone() as JsonArray) ?? [];
        foreach (var item in part["events"]?.AsArray() ?? [])
            events.Add(item?.DeepClone());
        result["events"] = events;
        return result;
    }
}
