using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mparticle.Testing.Inspection;

/// <summary>
/// One forward pass over a request body with <see cref="Utf8JsonReader"/>: checks the JSON is well formed, the
/// shape of the envelope (batch objects, the events array, each event's <c>event_type</c> and <c>data</c>), the
/// batch count and each batch's byte size, and collects what the receiver needs for de-duplication and counts
/// (<c>source_request_id</c>, identities, event types, timestamps). It allocates only for what it keeps.
/// </summary>
internal static class EnvelopeScanner
{
    /// <summary>Scans <paramref name="body"/>; throws <see cref="RequestRejectedException"/> when the request must be answered 400.</summary>
    public static List<ScannedBatch> Scan(ReadOnlySpan<byte> body, bool bulk, bool strict)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new RequestRejectedException("The request body is empty; expected " + (bulk ? "a JSON array of batch objects." : "a JSON batch object."));
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 128 });
        var batches = new List<ScannedBatch>(bulk ? 8 : 1);
        var where = "the request body";
        try
        {
            reader.Read();

            if (bulk)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new RequestRejectedException($"The request body must be a JSON array of batch objects, found {Describe(reader.TokenType)} at $.");
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var index = batches.Count;
                    if (index == ReceiverLimits.MaxBatchesPerRequest)
                    {
                        throw new RequestRejectedException($"The request holds more than {ReceiverLimits.MaxBatchesPerRequest} batches (batch $[{index}] is one too many); send at most {ReceiverLimits.MaxBatchesPerRequest} per request.");
                    }

                    var batch = new ScannedBatch("$[" + index.ToString(CultureInfo.InvariantCulture) + "]");
                    where = "batch " + batch.Path;
                    ScanBatch(ref reader, batch, strict);
                    batches.Add(batch);
                }
            }
            else
            {
                var batch = new ScannedBatch("$");
                where = "the batch";
                ScanBatch(ref reader, batch, strict);
                batches.Add(batch);
            }

            where = "the end of the request body";
            if (reader.Read())
            {
                throw new RequestRejectedException($"Unexpected {Describe(reader.TokenType)} after the JSON value.");
            }
        }
        catch (JsonException ex)
        {
            throw new RequestRejectedException($"Malformed JSON in {where}: {ex.Message}", ex);
        }

        return batches;
    }

    private static void ScanBatch(ref Utf8JsonReader reader, ScannedBatch batch, bool strict)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new RequestRejectedException($"{batch.Path} must be a batch object, found {Describe(reader.TokenType)}.");
        }

        batch.Start = checked((int)reader.TokenStartIndex);
        string? mpid = null;
        string? deviceId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("events"u8))
            {
                reader.Read();
                ScanEvents(ref reader, batch, strict);
            }
            else if (reader.ValueTextEquals("source_request_id"u8))
            {
                reader.Read();
                batch.SourceRequestId = ScalarText(ref reader, batch, "source_request_id", strict);
            }
            else if (reader.ValueTextEquals("user_identities"u8))
            {
                reader.Read();
                ScanIdentities(ref reader, batch);
            }
            else if (reader.ValueTextEquals("mpid"u8))
            {
                reader.Read();
                mpid = reader.TokenType is JsonTokenType.Number or JsonTokenType.String ? ScalarText(ref reader, batch, "mpid", strict) : SkipValue(ref reader);
            }
            else if (reader.ValueTextEquals("mp_deviceid"u8))
            {
                reader.Read();
                deviceId = reader.TokenType == JsonTokenType.String ? reader.GetString() : SkipValue(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        batch.Length = checked((int)(reader.BytesConsumed - batch.Start));
        if (batch.Length > ReceiverLimits.MaxBatchBytes)
        {
            throw new RequestRejectedException(string.Create(CultureInfo.InvariantCulture, $"Batch {batch.Path} is {batch.Length:N0} bytes; a batch must be at most {ReceiverLimits.MaxBatchBytes:N0} bytes (128 KB of 1000 bytes)."));
        }

        AddIdentity(batch, "mpid", mpid);
        AddIdentity(batch, "mp_deviceid", deviceId);
        batch.UserKey ??= mpid ?? deviceId;
    }

    private static void ScanEvents(ref Utf8JsonReader reader, ScannedBatch batch, bool strict)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new RequestRejectedException($"{batch.Path}.events must be an array of events, found {Describe(reader.TokenType)}.");
        }

        var position = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ScanEvent(ref reader, batch, position++, strict);
        }
    }

    private static void ScanEvent(ref Utf8JsonReader reader, ScannedBatch batch, int position, bool strict)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new RequestRejectedException($"{EventPath(batch, position)} must be an event object {{\"event_type\": ..., \"data\": {{...}}}}, found {Describe(reader.TokenType)}.");
        }

        var type = -1;
        string? unknownType = null;
        var hasData = false;
        long? timestamp = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("event_type"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    type = EventTypeNames.IndexOf(ref reader);
                    if (type < 0)
                    {
                        unknownType = reader.GetString();
                    }
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw new RequestRejectedException($"{EventPath(batch, position)}.event_type must be a string, found {Describe(reader.TokenType)}.");
                }
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    hasData = true;
                    timestamp = ScanData(ref reader);
                }
                else if (reader.TokenType == JsonTokenType.Null)
                {
                    // Treated as missing below.
                }
                else
                {
                    throw new RequestRejectedException($"{EventPath(batch, position)}.data must be an object, found {Describe(reader.TokenType)}.");
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (type < 0 && string.IsNullOrEmpty(unknownType))
        {
            // mParticle's documented wording, with the place added.
            throw new RequestRejectedException($"Required event field \"event_type\" is missing or empty at {EventPath(batch, position)}.");
        }

        if (type < 0)
        {
            var problem = $"{EventPath(batch, position)}.event_type '{unknownType}' is not an event type; expected one of {string.Join(", ", EventTypeNames.All)}.";
            if (strict)
            {
                throw new RequestRejectedException(problem);
            }

            batch.Problem ??= problem;
            return;
        }

        if (!hasData && strict)
        {
            throw new RequestRejectedException($"Required event field \"data\" is missing at {EventPath(batch, position)}.");
        }

        batch.EventTypes.Add(type);
        if (timestamp is { } ms)
        {
            batch.NewestEventUnixtimeMs = batch.NewestEventUnixtimeMs is { } newest ? Math.Max(newest, ms) : ms;
        }
        else
        {
            batch.HasUntimedEvent = true;
        }
    }

    /// <summary>Reads a data object, returning its numeric <c>timestamp_unixtime_ms</c> if it has one.</summary>
    private static long? ScanData(ref Utf8JsonReader reader)
    {
        long? timestamp = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTimestamp = reader.ValueTextEquals("timestamp_unixtime_ms"u8);
            reader.Read();
            if (isTimestamp && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var ms))
            {
                timestamp = ms;
            }
            else
            {
                reader.Skip();
            }
        }

        return timestamp;
    }

    private static void ScanIdentities(ref Utf8JsonReader reader, ScannedBatch batch)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            // Type errors are the model's to report; the scan only collects.
            reader.Skip();
            return;
        }

        string? customerId = null;
        string? email = null;
        string? first = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                continue;
            }

            var value = reader.GetString()!;
            AddIdentity(batch, name, value);
            if (name is "customer_id" or "customerid")
            {
                customerId ??= value;
            }
            else if (name == "email")
            {
                email ??= value;
            }
            else
            {
                first ??= value;
            }
        }

        batch.UserKey = customerId ?? email ?? first;
    }

    private static void AddIdentity(ScannedBatch batch, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            (batch.Identities ??= []).Add(new KeyValuePair<string, string>(name, value));
        }
    }

    private static string? ScalarText(ref Utf8JsonReader reader, ScannedBatch batch, string field, bool strict)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return null;
            default:
                if (strict)
                {
                    throw new RequestRejectedException($"{batch.Path}.{field} must be a string, number, boolean or null, found {Describe(reader.TokenType)}.");
                }

                reader.Skip();
                return null;
        }
    }

    private static string? SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static string EventPath(ScannedBatch batch, int position) =>
        batch.Path + ".events[" + position.ToString(CultureInfo.InvariantCulture) + "]";

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
