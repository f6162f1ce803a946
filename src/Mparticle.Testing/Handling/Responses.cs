using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Mparticle.Testing.Handling;

/// <summary>The answers, shaped like mParticle's (spec §3).</summary>
internal static class Responses
{
    public const string PercentageUsedHeader = "X-mp-rate-limit-percentage-used";
    public const string LimitExceededHeader = "X-mp-rate-limit-exceeded";

    private static readonly string[] Percentages = CreatePercentages();

    /// <summary>202 with an empty body and, under a rate limit, the share of it used.</summary>
    public static void Accepted(HttpResponse response, int? percentUsed)
    {
        response.StatusCode = StatusCodes.Status202Accepted;
        if (percentUsed is { } percent)
        {
            response.Headers[PercentageUsedHeader] = Percentages[Math.Clamp(percent, 0, 100)];
        }

        response.ContentLength = 0;
    }

    /// <summary>An error status with mParticle's error body, <c>{"errors":[{"code":...,"message":...}]}</c>.</summary>
    public static Task ErrorAsync(HttpResponse response, int status, string code, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(128 + message.Length);
        // The model's writer options: messages keep quotes and non-ASCII text as they are (the body is JSON, never HTML).
        using (var writer = new Utf8JsonWriter(buffer, MparticleJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors"u8);
            writer.WriteStartObject();
            writer.WriteString("code"u8, code);
            writer.WriteString("message"u8, message);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        return response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }

    public static Task BadRequestAsync(HttpResponse response, string message) =>
        ErrorAsync(response, StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    /// <summary>An error status without a body (mParticle documents none for 401, 403, 429 and 5xx).</summary>
    public static void Empty(HttpResponse response, int status)
    {
        response.StatusCode = status;
        response.ContentLength = 0;
    }

    /// <summary>A fault's status with its <c>Retry-After</c> and <c>X-mp-rate-limit-exceeded</c> headers.</summary>
    public static void Fault(HttpResponse response, ReceiverFault fault)
    {
        Empty(response, fault.StatusCode);
        if (fault.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = retryAfter;
        }

        if (fault.StatusCode == StatusCodes.Status429TooManyRequests && fault.LimitExceeded is { } limit)
        {
            response.Headers[LimitExceededHeader] = limit;
        }
    }

    private static string[] CreatePercentages()
    {
        var values = new string[101];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }
}
