using System;
using System.Collections.Generic;

namespace Mparticle;

/// <summary>
/// Makes batches of one user out of a batch, the way <see cref="BatchPacker"/> splits a batch that is too large:
/// every field but the events is copied (through JSON, so fields the model gains later are carried too), each part
/// holds the events it is given (the same objects, with their <c>source_message_id</c>s), and part ids are derived from
/// the batch's own id, so dividing the same batch again gives the same ids and mParticle de-duplicates a part that
/// already arrived. For callers that divide batches themselves, for example to find which event mParticle refuses.
/// </summary>
public sealed class BatchParts
{
    private readonly BatchAnatomy _anatomy;

    /// <summary>Reads the user data of <paramref name="batch"/> once, for any number of parts.</summary>
    /// <param name="batch">The batch to make parts of; it is not changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public BatchParts(Batch batch)
    {
        Guard.NotNull(batch, nameof(batch));
        _anatomy = BatchAnatomy.Read(MparticleJson.SerializeToUtf8Bytes(batch));
    }

    /// <summary>A new batch of the user holding <paramref name="events"/>, under <paramref name="sourceRequestId"/>.</summary>
    /// <param name="sourceRequestId">The part's id; see <see cref="DeriveId"/>.</param>
    /// <param name="events">The events of the part.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Batch Create(string sourceRequestId, IEnumerable<BaseEvent> events)
    {
        Guard.NotNull(sourceRequestId, nameof(sourceRequestId));
        Guard.NotNull(events, nameof(events));
        return _anatomy.CreatePart(sourceRequestId, events);
    }

    /// <summary>
    /// A UUID derived from <paramref name="sourceRequestId"/> and <paramref name="name"/> (SHA-256 of
    /// <c>{sourceRequestId}/{name}</c> in RFC 9562's version 8 layout): the same inputs always give the same id. Use
    /// names of your own (the packer's are <c>part/N</c>, <c>half</c> and <c>first-half</c>).
    /// </summary>
    /// <param name="sourceRequestId">The id of the batch the part comes from.</param>
    /// <param name="name">What distinguishes this part from its siblings.</param>
    /// <returns>The part's id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string DeriveId(string sourceRequestId, string name)
    {
        Guard.NotNull(sourceRequestId, nameof(sourceRequestId));
        Guard.NotNull(name, nameof(name));
        return RequestIds.Derive(sourceRequestId + "/" + name);
    }
}
