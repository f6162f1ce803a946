using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Mparticle;

/// <summary>
/// Reads <c>{"errors":[{"code","message"}]}</c>. mParticle sends that body only when it has details, and proxies
/// in between may answer with HTML or nothing, so anything else yields an empty list rather than an error.
/// </summary>
internal static class ErrorBodyParser
{
    public static ApiError[] Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return Array.Empty<ApiError>();
        }

        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("errors", out var errors)
                || errors.ValueKind != JsonValueKind.Array)
            {
                return Array.Empty<ApiError>();
            }

            var result = new List<ApiError>();
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    result.Add(new ApiError(ReadText(error, "code"), ReadText(error, "message")));
                }
            }

            return result.ToArray();
        }
        catch (JsonException)
        {
            return Array.Empty<ApiError>();
        }
    }

    private static string? ReadText(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
}
