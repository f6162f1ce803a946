using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mparticle;

/// <summary>
/// Turns any sequence of batches into compliant <c>/v2/bulkevents</c> requests, using the real serialized sizes:
/// each request is filled up to <see cref="PackingLimits.MaxBatchesPerRequest"/> batches and
/// <see cref="PackingLimits.MaxRequestBytes"/> bytes; a batch over <see cref="PackingLimits.MaxBatchBytes"/> is split
/// into several batches of the same user (same identities and attributes, each event exactly once; the first part
/// keeps the batch's <c>source_request_id</c>, the others get ids derived from it); an event too large to fit even
/// alone is reported in
/// <see cref="PackResult.Rejections"/>, never dropped silently.
/// </summary>
/// <remarks>
/// Sizes are UTF-8 bytes with 1000-byte kilobytes (mParticle does not define KB; 1000 is the cautious reading).
/// Missing <c>source_request_id</c>s and event <c>source_message_id</c>s are filled in on the caller's objects
/// as each batch and event is serialized (one walk over the events), so packing the same batches again gives the
/// same ids. Each batch is serialized once, straight into the array that becomes its request's body (a large
/// request is handed out without a copy; a small one gets a right-sized copy). Dispose the requests (or the
/// <see cref="PackResult"/>) once sent: their arrays come back to this packer and later requests reuse them, instead
/// of each allocating a 256 KB array that only a gen2 collection frees. The packer keeps at most as many arrays as its
/// latest <see cref="Pack"/> produced (at least two). Reuse one instance; it is not thread-safe (use one per thread or sender
/// loop), though its requests may be disposed on any thread.
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The Utf8JsonWriter writes into a managed PooledBufferWriter: disposing it would only flush, and every pack flushes.")]
public sealed class BatchPacker
{
    private static readonly JsonWriterOptions WriterOptions = MparticleJson.WriterOptions;

    private readonly RequestBodyBuffer _body;
    private readonly Utf8JsonWriter _writer;
    private readonly List<Batch> _batches = [];
    private readonly List<int> _ends = [];
    private int _events;

    /// <summary>Creates a packer for mParticle's default limits (<see cref="PackingLimits.Default"/>).</summary>
    public BatchPacker()
        : this(PackingLimits.Default)
    {
    }

    /// <summary>Creates a packer for the given limits (for accounts with custom limits).</summary>
    /// <param name="limits">The limits every request must respect.</param>
    public BatchPacker(PackingLimits limits)
    {
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _body = new RequestBodyBuffer(Limits.MaxRequestBytes);
        _writer = new Utf8JsonWriter(_body, WriterOptions);
    }

    /// <summary>The limits every packed request respects.</summary>
    public PackingLimits Limits { get; }

    /// <summary>The arrays of disposed requests, waiting for reuse (for tests).</summary>
    internal RequestBodyPool Pool => _body.Pool;

    /// <summary>Packs <paramref name="batches"/> into compliant bulk requests, in order.</summary>
    /// <param name="batches">Any number of batches, of any sizes.</param>
    /// <returns>The requests, and whatever could not fit anywhere.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batches"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry of <paramref name="batches"/> is null.</exception>
    public PackResult Pack(IEnumerable<Batch> batches)
    {
        _ = batches ?? throw new ArgumentNullException(nameof(batches));
        var requests = new List<PackedRequest>();
        var rejections = new List<PackingRejection>();
        var splits = 0;
        StartRequest();
        var index = 0;
        foreach (var input in batches)
        {
            _ = input ?? throw new ArgumentException("batches[" + index.ToString(CultureInfo.InvariantCulture) + "] is null.", nameof(batches));
            if (input.Halving is null)
            {
                PackOne(input, index, requests, rejections, ref splits);
            }
            else
            {
                // Halved after a 413: its halves go instead, never the whole again (rare: the common path skips this).
                var sendable = new List<Batch>();
                AddSendable(input, sendable);
                foreach (var batch in sendable)
                {
                    PackOne(batch, index, requests, rejections, ref splits);
                }
            }

            index++;
        }

        if (_batches.Count > 0)
        {
            Emit(requests, _body.Length, carryBatch: false);
        }

        _body.Trim();
        _body.Pool.KeepAtMost(requests.Count);
        return new PackResult(requests, rejections, splits);
    }

    /// <summary>
    /// Serializes <paramref name="batches"/> as exactly one request, or throws <see cref="MparticleLimitException"/>
    /// naming the first batch that breaks a limit. Used by <see cref="EventsApi.BulkUploadEventsAsync(IEnumerable{Batch}, System.Threading.CancellationToken)"/>.
    /// </summary>
    internal PackedRequest PackExactlyOne(IEnumerable<Batch> batches)
    {
        _ = batches ?? throw new ArgumentNullException(nameof(batches));
        IReadOnlyList<Batch> list = batches as IReadOnlyList<Batch> ?? new List<Batch>(batches);
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one batch is required.", nameof(batches));
        }

        var halved = false;
        for (var i = 0; i < list.Count; i++)
        {
            RequestIds.AssignMissing(list[i] ?? throw new ArgumentException("batches[" + i.ToString(CultureInfo.InvariantCulture) + "] is null.", nameof(batches)));
            halved |= list[i].Halving is not null;
        }

        if (halved)
        {
            // A batch halved after a 413 is sent as its halves, never whole again (see Halve).
            var sendable = new List<Batch>(list.Count + 2);
            foreach (var batch in list)
            {
                AddSendable(batch, sendable);
            }

            list = sendable;
        }

        if (list.Count > Limits.MaxBatchesPerRequest)
        {
            var first = Limits.MaxBatchesPerRequest;
            throw new MparticleLimitException(
                Describe(first, list[first]) + " is batch number " + (first + 1).ToString(CultureInfo.InvariantCulture) + " of " + list.Count.ToString(CultureInfo.InvariantCulture)
                + "; a bulk request may hold at most " + Limits.MaxBatchesPerRequest.ToString(CultureInfo.InvariantCulture) + " batches. Nothing was sent; use BatchPacker to split the batches into compliant requests.",
                MparticleLimit.BatchesPerRequest,
                first,
                list[first].SourceRequestId,
                list.Count,
                Limits.MaxBatchesPerRequest);
        }

        StartRequest();
        for (var i = 0; i < list.Count; i++)
        {
            var (_, start, size) = Append(list[i]);
            if (size > Limits.MaxBatchBytes)
            {
                throw BatchTooLarge(i, list[i], size, Limits.MaxBatchBytes);
            }

            var requestSize = start + size + 1;
            if (requestSize > Limits.MaxRequestBytes)
            {
                throw new MparticleLimitException(
                    Describe(i, list[i]) + " brings the request body to at least " + Bytes(requestSize) + "; a request must be under " + Bytes(Limits.MaxRequestBytes + 1) + " (KB of 1000 bytes). Nothing was sent; use BatchPacker to split the batches into compliant requests.",
                    MparticleLimit.RequestBytes,
                    i,
                    list[i].SourceRequestId,
                    requestSize,
                    Limits.MaxRequestBytes);
            }

            _body.KeepBatch();
            AddBatch(list[i], start + size);
        }

        var requests = new List<PackedRequest>(1);
        Emit(requests, _body.Length, carryBatch: false);
        _body.Trim();
        return requests[0];
    }

    /// <summary>
    /// Two batches of the same user holding the first and the second half of <paramref name="batch"/>'s events, for a
    /// 413 on a single batch; <see langword="null"/> when it has fewer than 2 events. Neither half keeps the batch's
    /// id: the whole batch was already sent under it, and if a half were accepted under that id, sending the whole
    /// batch again later (the 413 gone) would be de-duplicated away with the other half's events. Both ids derive from
    /// the batch's. The halves are remembered on the batch (<see cref="BatchHalving"/>): every later pack or upload of
    /// it sends them instead of the whole.
    /// </summary>
    internal static Batch[]? Halve(Batch batch)
    {
        if (HalvesOf(batch) is { } known)
        {
            return known;
        }

        var count = batch.Events.Count;
        if (count < 2)
        {
            return null;
        }

        RequestIds.AssignMissing(batch);
        var anatomy = BatchAnatomy.Read(MparticleJson.SerializeToUtf8Bytes(batch));
        var half = count / 2;
        Batch[] halves =
        [
            anatomy.CreatePart(RequestIds.ForFirstHalf(batch.SourceRequestId!), Range(batch.Events, 0, half)),
            anatomy.CreatePart(RequestIds.ForSecondHalf(batch.SourceRequestId!), Range(batch.Events, half, count - half)),
        ];
        batch.Halving = new BatchHalving(halves, batch.Events);
        return halves;
    }

    /// <summary>The halves a 413 divided the batch into, while it still holds the same events; otherwise <see langword="null"/>.</summary>
    internal static Batch[]? HalvesOf(Batch batch) =>
        batch.Halving is { } halving && halving.Matches(batch.Events) ? halving.Halves : null;

    /// <summary>The batches to write in place of <paramref name="batch"/>: itself, or (recursively) the halves a 413 made of it.</summary>
    internal static void AddSendable(Batch batch, List<Batch> sendable)
    {
        if (HalvesOf(batch) is { } halves)
        {
            AddSendable(halves[0], sendable);
            AddSendable(halves[1], sendable);
        }
        else
        {
            sendable.Add(batch);
        }
    }

    /// <summary>Writes one batch into the current request, or splits it when it is over the batch limit.</summary>
    private void PackOne(Batch batch, int index, List<PackedRequest> requests, List<PackingRejection> rejections, ref int splits)
    {
        batch.SourceRequestId ??= RequestIds.New(); // events get theirs as they are written
        var (commaAt, start, size) = Append(batch);
        if (size <= Limits.MaxBatchBytes)
        {
            Commit(batch, commaAt, start, size, requests);
        }
        else
        {
            splits++;
            var anatomy = BatchAnatomy.Read(_body.Batch);
            _body.Truncate(commaAt);
            Split(batch, index, anatomy, requests, rejections);
        }
    }

    private void StartRequest()
    {
        _body.Start();
        ClearBatches();
    }

    private void ClearBatches()
    {
        _batches.Clear();
        _ends.Clear();
        _events = 0;
    }

    /// <summary>Writes the batch (after a comma when the request already has one) and returns where it went.</summary>
    private (int CommaAt, int Start, int Size) Append(Batch batch)
    {
        var commaAt = _body.Length;
        if (_batches.Count > 0)
        {
            _body.Append((byte)',');
        }

        var start = _body.Length;
        _body.BeginBatch();
        _writer.Reset(_body);
        BatchWriter.WriteBatch(_writer, batch, assignIds: true);
        _writer.Flush();
        return (commaAt, start, _body.Batch.Length);
    }

    /// <summary>Keeps a written batch that fits the batch limit, first closing the request if it would break the count or size limit.</summary>
    private void Commit(Batch batch, int commaAt, int start, int size, List<PackedRequest> requests)
    {
        if (_batches.Count == Limits.MaxBatchesPerRequest || start + size + 1 > Limits.MaxRequestBytes)
        {
            Emit(requests, commaAt, carryBatch: true);
            start = 1;
        }
        else
        {
            _body.KeepBatch();
        }

        AddBatch(batch, start + size);
    }

    /// <summary>Records a batch kept in the current request, ending at <paramref name="end"/> in the body.</summary>
    private void AddBatch(Batch batch, int end)
    {
        _batches.Add(batch);
        _ends.Add(end);
        _events += batch.Events.Count;
    }

    /// <summary>
    /// Turns the first <paramref name="length"/> bytes and the batches so far into a request, and starts the next
    /// (with the batch just written as its first, when <paramref name="carryBatch"/>).
    /// </summary>
    private void Emit(List<PackedRequest> requests, int length, bool carryBatch)
    {
        var (body, bodyLength, pooled) = _body.Close(length, carryBatch);
        requests.Add(new PackedRequest(body, bodyLength, _batches.ToArray(), _ends.ToArray(), _events, pooled ? _body.Pool : null));
        ClearBatches();
    }

    /// <summary>
    /// Splits an oversized batch into parts that each fit the batch limit, greedily and in event order, using the
    /// events' real sizes. The size estimate of a part is an upper bound (derived ids may be longer than the
    /// original id), and each part is still measured when it is written.
    /// </summary>
    private void Split(Batch batch, int index, BatchAnatomy anatomy, List<PackedRequest> requests, List<PackingRejection> rejections)
    {
        var events = batch.Events;
        if (anatomy.EventSizes.Length != events.Count)
        {
            throw new InvalidOperationException("The serialized batch has " + anatomy.EventSizes.Length.ToString(CultureInfo.InvariantCulture) + " events but the batch holds " + events.Count.ToString(CultureInfo.InvariantCulture) + ".");
        }

        // ,"events":[ ... ] around the events, and room for a derived id longer than the original.
        const int EventsOverhead = 12;
        var originalId = batch.SourceRequestId!;
        var idGrowth = Math.Max(0, 36 - Encoding.UTF8.GetByteCount(originalId));
        var envelope = anatomy.Envelope.Length;
        if (envelope + EventsOverhead - 1 > Limits.MaxBatchBytes)
        {
            rejections.Add(new PackingRejection(batch, index, null, envelope, Limits.MaxBatchBytes));
            return;
        }

        var part = 0;
        var current = new List<BaseEvent>();
        long estimate = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var eventSize = anatomy.EventSizes[i];
            var alone = (long)envelope + idGrowth + EventsOverhead + eventSize;
            if (alone > Limits.MaxBatchBytes)
            {
                // Measure exactly: the estimate may be a few bytes pessimistic.
                var single = anatomy.CreatePart(PartId(originalId, current.Count == 0 ? part : part + 1), [events[i]]);
                var (commaAt, _, size) = Append(single);
                _body.Truncate(commaAt);
                if (size > Limits.MaxBatchBytes)
                {
                    rejections.Add(new PackingRejection(batch, index, events[i], size, Limits.MaxBatchBytes));
                    continue;
                }
            }

            if (current.Count > 0 && estimate + 1 + eventSize > Limits.MaxBatchBytes)
            {
                Place(anatomy, batch, index, PartId(originalId, part++), current, requests, rejections);
                current = [];
            }

            estimate = current.Count == 0 ? (long)envelope + idGrowth + EventsOverhead + eventSize : estimate + 1 + eventSize;
            current.Add(events[i]);
        }

        if (current.Count > 0)
        {
            Place(anatomy, batch, index, PartId(originalId, part), current, requests, rejections);
        }
    }

    /// <summary>
    /// Writes one part. Should a part still come out over the limit (the estimate assumes the envelope survives a
    /// read and write unchanged), it is halved again rather than failing; a lone event that does not fit is rejected.
    /// </summary>
    private void Place(BatchAnatomy anatomy, Batch batch, int index, string id, List<BaseEvent> events, List<PackedRequest> requests, List<PackingRejection> rejections)
    {
        var part = anatomy.CreatePart(id, events);
        var (commaAt, start, size) = Append(part);
        if (size <= Limits.MaxBatchBytes)
        {
            Commit(part, commaAt, start, size, requests);
            return;
        }

        _body.Truncate(commaAt);
        if (events.Count == 1)
        {
            rejections.Add(new PackingRejection(batch, index, events[0], size, Limits.MaxBatchBytes));
            return;
        }

        var half = events.Count / 2;
        Place(anatomy, batch, index, id, events.GetRange(0, half), requests, rejections);
        Place(anatomy, batch, index, RequestIds.ForSecondHalf(id), events.GetRange(half, events.Count - half), requests, rejections);
    }

    private static string PartId(string originalId, int part) => part == 0 ? originalId : RequestIds.ForPart(originalId, part);

    private static IEnumerable<BaseEvent> Range(IList<BaseEvent> events, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            yield return events[i];
        }
    }

    /// <summary>The error for a batch over the batch limit, for every upload that sends batches as they are (nothing sent).</summary>
    internal static MparticleLimitException BatchTooLarge(int index, Batch batch, long size, int maxBatchBytes) => new(
        Describe(index, batch) + " is " + Bytes(size) + "; a batch may be at most " + Bytes(maxBatchBytes) + " (KB of 1000 bytes). Nothing was sent; use BatchPacker to split it.",
        MparticleLimit.BatchBytes,
        index,
        batch.SourceRequestId,
        size,
        maxBatchBytes);

    private static string Describe(int index, Batch batch) =>
        "Batch " + index.ToString(CultureInfo.InvariantCulture) + " (source_request_id " + batch.SourceRequestId + ")";

    private static string Bytes(long size) => size.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
