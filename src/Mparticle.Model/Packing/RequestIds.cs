using System;
using System.Collections.Generic;
using System.Text;
using Mparticle.Compat;

namespace Mparticle;

/// <summary>The de-duplication ids the client fills in: <c>source_request_id</c> per batch, <c>source_message_id</c> per event.</summary>
internal static class RequestIds
{
    /// <summary>
    /// Gives the batch a <c>source_request_id</c> and each event a <c>source_message_id</c> where missing. They are
    /// written on the caller's objects, once, so every retry and every later send of the same objects carries the
    /// same ids and mParticle can de-duplicate.
    /// </summary>
    public static void AssignMissing(Batch batch)
    {
        batch.SourceRequestId ??= New();

        // The concrete list is read without interface calls: on a cold batch this loop is memory-bound, and
        // independent loads let the processor fetch several events at once.
        if (batch.Events is List<BaseEvent> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                AssignMissing(list[i]);
            }

            return;
        }

        var events = batch.Events;
        for (var i = 0; i < events.Count; i++)
        {
            AssignMissing(events[i]);
        }
    }

    private static void AssignMissing(BaseEvent? item)
    {
        if (item is { SourceMessageId: null })
        {
            item.SourceMessageId = New();
        }
    }

    /// <summary>A new random UUID in the usual lower-case 8-4-4-4-12 form.</summary>
    public static string New() => Guid.NewGuid().ToString();

    /// <summary>
    /// The id of part <paramref name="part"/> (1, 2, …) of a split batch: a UUID derived from the batch's own
    /// id, so packing the same batch again gives its parts the same ids and mParticle can still de-duplicate a
    /// part that a crash made us send twice. (Part 0 keeps the batch's own id.) The layout follows RFC 9562's
    /// version 8 (custom) UUID.
    /// </summary>
    public static string ForPart(string sourceRequestId, int part) =>
        Derive(sourceRequestId + "/part/" + part.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The id of the second half when a batch is halved again (a 413 on a single batch, or a part still too large):
    /// derived like <see cref="ForPart"/> but from a different name, so it never equals the id of a sibling part.
    /// </summary>
    public static string ForSecondHalf(string sourceRequestId) => Derive(sourceRequestId + "/half");

    /// <summary>The id of the first half of a batch halved after a 413: derived from yet another name.</summary>
    public static string ForFirstHalf(string sourceRequestId) => Derive(sourceRequestId + "/first-half");

    internal static string Derive(string name)
    {
        var hash = Sha256Compat.Hash(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var text = new StringBuilder(36);
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                text.Append('-');
            }

            text.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
