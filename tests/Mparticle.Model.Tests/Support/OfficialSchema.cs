using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Mparticle.Tests.Support;

/// <summary>
/// mParticle's official JSON Schema (draft-07) from <c>../shared/reference/schema/</c>, prepared the way
/// <c>SOURCE.md</c> explains: keywords beside a <c>$ref</c> are dropped (draft-07 ignores them, JsonSchema.Net
/// 8 would evaluate them and reject mParticle's own sample), and format validation is on (else the
/// IPv4/IPv6 <c>oneOf</c> of <c>ip</c> fails for every address).
/// </summary>
internal static class OfficialSchema
{
    private static readonly Lazy<(JsonSchema Batch, JsonSchema Bulk)> Schemas = new(Load);

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>The errors of a batch against the single-batch schema; empty when valid.</summary>
    public static IReadOnlyList<string> ErrorsOfBatch(string json) => Evaluate(Schemas.Value.Batch, json);

    /// <summary>The errors of an array of batches against the bulk schema; empty when valid.</summary>
    public static IReadOnlyList<string> ErrorsOfBulk(string json) => Evaluate(Schemas.Value.Bulk, json);

    public static void ShouldBeValidBatch(string json)
    {
        var errors = ErrorsOfBatch(json);
        errors.ShouldBeEmpty($"{json}\nviolates the official schema:\n{string.Join("\n", errors)}");
    }

    private static List<string> Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }

        // The events' oneOf reports every branch that did not match; keep the errors of the branch the event_type selects.
        var root = document.RootElement;
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .Where(d => IsSelectedBranch(root, d.InstanceLocation.ToString(), d.SchemaLocation.ToString()))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.SchemaLocation}): {e.Key}: {e.Value}"))
            .ToList();
    }

    private static bool IsSelectedBranch(JsonElement root, string instance, string schemaLocation)
    {
        var match = Regex.Match(instance, @"^((?:/\d+)?/events/\d+)(/|$)");
        var definition = Regex.Match(schemaLocation, @"#/definitions/(\w+Event)/");
        if (!match.Success)
        {
            return true;
        }

        if (!definition.Success)
        {
            return !schemaLocation.EndsWith("/oneOf", StringComparison.Ordinal) && !Regex.IsMatch(schemaLocation, @"/events/items$");
        }

        var eventElement = root;
        foreach (var segment in match.Groups[1].Value.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            eventElement = int.TryParse(segment, out var index) ? eventElement[index] : eventElement.GetProperty(segment);
        }

        var eventType = eventElement.TryGetProperty("event_type", out var type) ? type.GetString() ?? string.Empty : string.Empty;
        var expected = string.Concat(eventType.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        if (!expected.EndsWith("Event", StringComparison.Ordinal))
        {
            expected += "Event";
        }

        return definition.Groups[1].Value == expected;
    }

    private static (JsonSchema, JsonSchema) Load()
    {
        var batchNode = JsonNode.Parse(File.ReadAllText(SharedReference.SchemaFile("mparticle.inbound.eventsapi.schema.json")))!;
        DropRefSiblings(batchNode);
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var batch = JsonSchema.FromText(batchNode.ToJsonString(), build);
        // The bulk schema's items.$ref is the batch schema's absolute $id; the registry above resolves it offline.
        var bulk = JsonSchema.FromText(File.ReadAllText(SharedReference.SchemaFile("mparticle.inbound.eventsapi.bulk.schema.json")), build);
        return (batch, bulk);
    }

    // Draft-07: "All other properties in a $ref object MUST be ignored."
    private static void DropRefSiblings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("$ref"))
                {
                    foreach (var key in obj.Select(p => p.Key).Where(k => k != "$ref").ToList())
                    {
                        obj.Remove(key);
                    }
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    DropRefSiblings(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    DropRefSiblings(child);
                }

                break;
        }
    }
}
