using System.Text;

namespace Mparticle.Tests.Support;

/// <summary>Batches of chosen sizes for the client and packer tests.</summary>
internal static class Sample
{
    public static Batch Batch(string user = "user-1", int events = 1, int attributeLength = 8)
    {
        var batch = new Batch
        {
            Environment = MparticleEnvironment.Development,
            UserIdentities = new UserIdentities { CustomerId = user, Email = user + "@example.com" },
        };
        batch.UserAttributes["plan"] = "gold";
        batch.UserAttributes["$age"] = 42;
        for (var i = 0; i < events; i++)
        {
            batch.Events.Add(Event("event " + i, attributeLength));
        }

        return batch;
    }

    public static AppEvent Event(string name = "Signed in", int attributeLength = 8)
    {
        var item = new AppEvent(name, CustomEventType.Navigation) { TimestampUnixtimeMs = 1_700_000_000_000 };
        item.CustomAttributes["payload"] = new string('x', attributeLength);
        return item;
    }

    /// <summary>A batch of the given user whose serialized size is exactly <paramref name="size"/> bytes, spread over <paramref name="events"/> events.</summary>
    public static Batch BatchOfExactly(int size, int events = 1, string user = "user-1")
    {
        var batch = Batch(user, events, attributeLength: 1);
        batch.SourceRequestId = Guid.NewGuid().ToString();
        foreach (var item in batch.Events)
        {
            item.SourceMessageId = Guid.NewGuid().ToString();
        }

        var missing = size - Size(batch);
        if (missing < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Too small for the batch's envelope.");
        }

        var last = (AppEvent)batch.Events[^1];
        last.CustomAttributes["payload"] = new string('x', 1 + missing);
        Size(batch).ShouldBe(size);
        return batch;
    }

    public static int Size(Batch batch) => MparticleJson.SerializeToUtf8Bytes(batch).Length;

    public static string Text(ReadOnlyMemory<byte> body) => Encoding.UTF8.GetString(body.Span);

    public static List<Batch> Batches(int count, int events = 1, int attributeLength = 8) =>
        Enumerable.Range(0, count).Select(i => Batch("user-" + i, events, attributeLength)).ToList();
}
