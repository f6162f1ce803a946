using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Mparticle.Testing.Validation;

/// <summary>
/// Finds a field that the model did not understand: every field of the batch as received must also be in the batch as
/// the model writes it back, unless it carries nothing (null, <c>{}</c>, <c>[]</c>). Both documents are walked once
/// with <see cref="Utf8JsonReader"/>; the written one's field paths go into a set of 64-bit hashes, so the check
/// allocates nothing but that (reused, per thread) set until it finds an unknown field.
/// </summary>
internal static class UnknownFieldFinder
{
    private const int MaxNameBytes = 512;

    [ThreadStatic]
    private static HashSet<ulong>? t_known;

    /// <summary>Returns the path of the first unknown field relative to the batch (e.g. <c>.events[0].data.foo</c>), or null.</summary>
    public static string? Find(ReadOnlySpan<byte> received, ReadOnlySpan<byte> written)
    {
        var known = t_known ??= [];
        known.Clear();
        var writtenReader = new Utf8JsonReader(written);
        writtenReader.Read();
        Collect(ref writtenReader, Root, known);

        var receivedReader = new Utf8JsonReader(received);
        receivedReader.Read();
        return Walk(ref receivedReader, Root, known, isBatch: true);
    }

    private const ulong Root = 0xcbf29ce484222325;

    private static void Collect(ref Utf8JsonReader reader, ulong path, HashSet<ulong> known)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var child = Child(path, ref reader);
                known.Add(child);
                reader.Read();
                Collect(ref reader, child, known);
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Collect(ref reader, Element(path, index++), known);
            }
        }
    }

    private static string? Walk(ref Utf8JsonReader reader, ulong path, HashSet<ulong> known, bool isBatch)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var child = Child(path, ref reader);
                var isKnown = known.Contains(child) || IsTolerated(ref reader, isBatch);

                // A copy of the reader on the name (a struct copy, no allocation) reads it only if a path is returned.
                var atName = reader;
                reader.Read();
                if (!isKnown && !IsEmpty(reader))
                {
                    return "." + atName.GetString();
                }

                if (Walk(ref reader, child, known, isBatch: false) is { } found)
                {
                    return "." + atName.GetString() + found;
                }
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (Walk(ref reader, Element(path, index), known, isBatch: false) is { } found)
                {
                    return "[" + index.ToString(CultureInfo.InvariantCulture) + "]" + found;
                }

                index++;
            }
        }

        return null;
    }

    private static ulong Child(ulong parent, ref Utf8JsonReader reader)
    {
        Span<byte> name = stackalloc byte[MaxNameBytes];
        var length = reader.ValueIsEscaped || reader.HasValueSequence
            ? CopyName(ref reader, name)
            : reader.ValueSpan.Length <= MaxNameBytes ? Copy(reader.ValueSpan, name) : -1;
        return length >= 0 ? Fnv1a(parent, name[..length]) : Fnv1a(parent, System.Text.Encoding.UTF8.GetBytes(reader.GetString()!));
    }

    /// <summary>FNV-1a over the name, continuing from the parent's hash, then a separator so "a.bc" and "ab.c" differ.</summary>
    private static ulong Fnv1a(ulong hash, ReadOnlySpan<byte> name)
    {
        foreach (var b in name)
        {
            hash = (hash ^ b) * 0x100000001B3;
        }

        return (hash ^ 0x2E) * 0x100000001B3;
    }

    private static ulong Element(ulong parent, int index) =>
        ((parent ^ 0x5B) * 0x100000001B3 ^ (ulong)index) * 0x100000001B3;

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> target)
    {
        source.CopyTo(target);
        return source.Length;
    }

    private static int CopyName(ref Utf8JsonReader reader, scoped Span<byte> target)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length <= MaxNameBytes ? reader.CopyString(target) : -1;
    }

    /// <summary>Null, <c>{}</c> and <c>[]</c> carry nothing; the model writes them as absent.</summary>
    private static bool IsEmpty(Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return false;
        }

        var copy = reader;
        copy.Read();
        return copy.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;
    }

    /// <summary>
    /// Fields the model reads under another name or deliberately drops: <c>customerid</c> (the Python and Node SDKs'
    /// spelling of <c>customer_id</c>) anywhere, and the schema's batch-level <c>api_key</c> / <c>api_keys</c> (§2).
    /// </summary>
    private static bool IsTolerated(ref Utf8JsonReader reader, bool isBatch) =>
        reader.ValueTextEquals("customerid"u8) || (isBatch && (reader.ValueTextEquals("api_key"u8) || reader.ValueTextEquals("api_keys"u8)));
}
