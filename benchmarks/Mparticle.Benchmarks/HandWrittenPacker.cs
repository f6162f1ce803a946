using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Mparticle.Benchmarks;

/// <summary>
/// The baseline: the peer workload's JSON written by a plain <see cref="Utf8JsonWriter"/> loop that knows only the
/// fields this workload uses (no general model, no polymorphism, no checks), packed by the same rules (≤100 batches,
/// &lt;256,000 bytes per request) into the same request bodies. It is what a dedicated hand-tuned writer would cost.
/// </summary>
public sealed class HandWrittenPacker : IDisposable
{
    private static readonly JsonEncodedText Environment = JsonEncodedText.Encode("environment");
    private static readonly JsonEncodedText Production = JsonEncodedText.Encode("production");
    private static readonly JsonEncodedText SourceRequestId = JsonEncodedText.Encode("source_request_id");
    private static readonly JsonEncodedText UserIdentities = JsonEncodedText.Encode("user_identities");
    private static readonly JsonEncodedText CustomerId = JsonEncodedText.Encode("customer_id");
    private static readonly JsonEncodedText Email = JsonEncodedText.Encode("email");
    private static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
    private static readonly JsonEncodedText EventType = JsonEncodedText.Encode("event_type");
    private static readonly JsonEncodedText CustomEvent = JsonEncodedText.Encode("custom_event");
    private static readonly JsonEncodedText CommerceEventType = JsonEncodedText.Encode("commerce_event");
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText EventName = JsonEncodedText.Encode("event_name");
    private static readonly JsonEncodedText CustomEventType = JsonEncodedText.Encode("custom_event_type");
    private static readonly JsonEncodedText Navigation = JsonEncodedText.Encode("navigation");
    private static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp_unixtime_ms");
    private static readonly JsonEncodedText SourceMessageId = JsonEncodedText.Encode("source_message_id");
    private static readonly JsonEncodedText CustomAttributes = JsonEncodedText.Encode("custom_attributes");
    private static readonly JsonEncodedText ProductAction = JsonEncodedText.Encode("product_action");
    private static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText Purchase = JsonEncodedText.Encode("purchase");
    private static readonly JsonEncodedText TransactionId = JsonEncodedText.Encode("transaction_id");
    private static readonly JsonEncodedText TotalAmount = JsonEncodedText.Encode("total_amount");
    private static readonly JsonEncodedText Products = JsonEncodedText.Encode("products");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Price = JsonEncodedText.Encode("price");
    private static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("quantity");
    private static readonly JsonEncodedText CurrencyCode = JsonEncodedText.Encode("currency_code");

    private readonly RequestBuffer _body = new(512 * 1024);
    private readonly Utf8JsonWriter _writer;

    public HandWrittenPacker() => _writer = new Utf8JsonWriter(_body, MparticleJson.WriterOptions);

    /// <summary>For the stage report only: pack with <see cref="MparticleJson"/>'s writer instead of the hand-written one.</summary>
    internal bool UseModelWriter { get; set; }

    /// <summary>
    /// Writes and packs the batches into request bodies (≤100 batches, ≤255,999 bytes each); give the bodies back with
    /// <see cref="Return"/> once they are sent, so their arrays are reused.
    /// </summary>
    public List<ArraySegment<byte>> Pack(List<Batch> batches)
    {
        var bodies = new List<ArraySegment<byte>>();
        _body.Length = 0;
        _body.Append((byte)'[');
        var count = 0;
        foreach (var batch in batches)
        {
            // Each batch is written straight into the request body; on overflow the request is closed before it
            // and the batch's bytes move to the start of the next one.
            var commaAt = _body.Length;
            if (count > 0)
            {
                _body.Append((byte)',');
            }

            var start = _body.Length;
            _writer.Reset();
            if (UseModelWriter)
            {
                MparticleJson.Serialize(batch, _writer);
            }
            else
            {
                WriteBatch(batch);
            }

            _writer.Flush();
            var size = _body.Length - start;
            if (count == PackingLimits.DefaultMaxBatchesPerRequest || start + size + 1 > PackingLimits.DefaultMaxRequestBytes)
            {
                bodies.Add(_body.Close(commaAt, (byte)']', start));
                count = 0;
            }

            count++;
        }

        if (count > 0)
        {
            bodies.Add(_body.Close(_body.Length, (byte)']', _body.Length));
        }

        return bodies;
    }

    /// <summary>Takes back the arrays of sent bodies.</summary>
    public void Return(List<ArraySegment<byte>> bodies) => _body.Return(bodies);

    /// <summary>Only writes each batch (into the start of the buffer), for the stage report.</summary>
    public void WriteOnly(List<Batch> batches)
    {
        foreach (var batch in batches)
        {
            _body.Length = 0;
            _writer.Reset();
            WriteBatch(batch);
            _writer.Flush();
        }
    }

    public void Dispose() => _writer.Dispose();

    private void WriteBatch(Batch batch)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteString(Environment, Production);
        w.WriteString(SourceRequestId, batch.SourceRequestId);
        w.WriteStartObject(UserIdentities);
        w.WriteString(CustomerId, batch.UserIdentities!.CustomerId);
        w.WriteString(Email, batch.UserIdentities.Email);
        w.WriteEndObject();
        w.WriteStartArray(Events);
        var events = batch.Events;
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is AppEvent appEvent)
            {
                WriteAppEvent(appEvent);
            }
            else
            {
                WriteCommerceEvent((CommerceEvent)events[i]);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void WriteAppEvent(AppEvent e)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteString(EventType, CustomEvent);
        w.WriteStartObject(Data);
        w.WriteString(EventName, e.EventName);
        w.WriteString(CustomEventType, Navigation);
        w.WriteNumber(Timestamp, e.TimestampUnixtimeMs!.Value);
        w.WriteString(SourceMessageId, e.SourceMessageId);
        w.WriteStartObject(CustomAttributes);
        // The concrete types, so the loops do not box an enumerator: what a hand-tuned writer would do.
        foreach (var attribute in (Dictionary<string, AttributeValue>)e.CustomAttributes)
        {
            attribute.Value.TryGetString(out var text);
            w.WriteString(attribute.Key, text);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteCommerceEvent(CommerceEvent e)
    {
        var w = _writer;
        var action = e.ProductAction!;
        w.WriteStartObject();
        w.WriteString(EventType, CommerceEventType);
        w.WriteStartObject(Data);
        w.WriteStartObject(ProductAction);
        w.WriteString(Action, Purchase);
        w.WriteString(TransactionId, action.TransactionId);
        w.WriteNumber(TotalAmount, action.TotalAmount!.Value);
        w.WriteStartArray(Products);
        foreach (var product in (List<Product>)action.Products)
        {
            w.WriteStartObject();
            w.WriteString(Id, product.Id);
            w.WriteString(Name, product.Name);
            w.WriteNumber(Price, product.Price!.Value);
            w.WriteNumber(Quantity, product.Quantity!.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString(CurrencyCode, e.CurrencyCode);
        w.WriteNumber(Timestamp, e.TimestampUnixtimeMs!.Value);
        w.WriteString(SourceMessageId, e.SourceMessageId);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
