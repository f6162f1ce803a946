using System.Collections.Generic;
using Mparticle;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Makes batches of the same user as a given batch, holding some of its events: everything but the events (identities,
/// user attributes, device, consent...) is copied through JSON, as the packer copies it into the parts of a split
/// batch, so every field is carried, including ones added to the model later. The events are the same objects, with
/// their <c>source_message_id</c>s.
/// </summary>
sealed class PartTemplate
{
    readonly byte[] _envelope;

    public PartTemplate(Batch batch)
    {
        var copy = MparticleJson.Deserialize(MparticleJson.SerializeToUtf8Bytes(batch));
        copy.Events.Clear();
        copy.SourceRequestId = null;
        _envelope = MparticleJson.SerializeToUtf8Bytes(copy);
    }

    /// <summary>A new batch of the user with <paramref name="events"/> and the id <paramref name="sourceRequestId"/>.</summary>
    public Batch Create(string sourceRequestId, IEnumerable<BaseEvent> events)
    {
        var part = MparticleJson.Deserialize(_envelope);
        part.SourceRequestId = sourceRequestId;
        foreach (var mpEvent in events)
            part.Events.Add(mpEvent);
        return part;
    }
}
