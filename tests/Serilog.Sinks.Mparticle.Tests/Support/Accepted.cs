using Mparticle;
using Mparticle.Testing;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>Checks what receivers accepted, event by event, through each event's unique <c>Seq</c> attribute.</summary>
static class Accepted
{
    /// <summary>
    /// Every expected <c>Seq</c> arrived exactly once, nothing else arrived, and no <c>source_message_id</c> was
    /// accepted twice (which would mean an event was re-sent in a batch with a new <c>source_request_id</c>).
    /// </summary>
    public static void ShouldBeExactlyOnce(IEnumerable<int> expectedSeqs, params MparticleReceiver[] receivers)
    {
        var events = receivers.SelectMany(r => r.Batches).SelectMany(b => b.Events).ToList();

        var messageIds = events.Select(e => e.SourceMessageId).ToList();
        messageIds.ShouldAllBe(id => !string.IsNullOrEmpty(id));
        var repeatedIds = messageIds.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
        repeatedIds.ShouldBeEmpty("source_message_ids accepted more than once");

        var seqs = events.Select(Seq).ToList();
        var repeatedSeqs = seqs.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
        repeatedSeqs.ShouldBeEmpty("events accepted more than once");

        var expected = expectedSeqs.ToHashSet();
        var missing = expected.Except(seqs).Take(5).ToList();
        missing.ShouldBeEmpty($"events lost ({expected.Count - seqs.Intersect(expected).Count()} of {expected.Count})");
        seqs.Count.ShouldBe(expected.Count);
    }

    public static int Seq(BaseEvent mpEvent) =>
        mpEvent.CustomAttributes.TryGetValue(Workload.SeqAttribute, out var value) && value.TryGetInt64(out var seq)
            ? (int)seq
            : throw new InvalidOperationException("An event without a Seq attribute arrived.");
}
