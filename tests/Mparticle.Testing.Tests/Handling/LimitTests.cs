using System.Net;
using System.Text;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Handling;

public class LimitTests
{
    [Fact]
    public async Task ARequestOf255999BytesIsAccepted()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        (await client.PostForTextAsync("bulkevents", BulkOfSize(255_999))).Status.ShouldBe(202);
    }

    [Fact]
    public async Task ARequestOf256000BytesIsAnswered400SayingItsSize()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync("bulkevents", BulkOfSize(256_000));

        status.ShouldBe(400);
        StatusTests.ErrorMessage(body).ShouldBe("The request body is 256,000 bytes; a request must be smaller than 256,000 bytes (256 KB of 1000 bytes).");
        receiver.Requests.Single().Bytes.ShouldBe(256_000);
    }

    [Fact]
    public async Task AChunkedRequestIsRefusedAsSoonAs256000BytesHaveArrived()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        using var content = new UnsizedContent(Encoding.UTF8.GetBytes(BulkOfSize(255_000) + new string(' ', 200_000)));

        using var response = await client.Http.PostAsync("bulkevents", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        StatusTests.ErrorMessage(await response.Content.ReadAsStringAsync()).ShouldStartWith("The request body reached ");
    }

    [Fact]
    public async Task ABatchOf128000BytesIsAccepted()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        (await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch(), Some.BatchOfSize(128_000)))).Status.ShouldBe(202);
    }

    [Fact]
    public async Task ABatchOver128000BytesIsAnswered400NamingTheBatch()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch(), Some.BatchOfSize(128_001)));

        status.ShouldBe(400);
        StatusTests.ErrorMessage(body).ShouldBe("Batch $[1] is 128,001 bytes; a batch must be at most 128,000 bytes (128 KB of 1000 bytes).");
    }

    [Fact]
    public async Task OneHundredBatchesAreAcceptedAndOneHundredAndOneAnswered400()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        var batches = Enumerable.Range(0, 101).Select(i => Some.Batch("u" + i)).ToArray();

        (await client.PostForTextAsync("bulkevents", Some.Bulk(batches[..100]))).Status.ShouldBe(202);
        var (status, body) = await client.PostForTextAsync("bulkevents", Some.Bulk(batches));

        status.ShouldBe(400);
        StatusTests.ErrorMessage(body).ShouldBe("The request holds more than 100 batches (batch $[100] is one too many); send at most 100 per request.");
        receiver.Statistics.BatchCount.ShouldBe(100);
    }

    /// <summary>A bulk body of exactly <paramref name="bytes"/> bytes made of two batches of at most 128,000 bytes.</summary>
    private static string BulkOfSize(int bytes)
    {
        var first = (bytes - 3) / 2;
        var body = Some.Bulk(Some.BatchOfSize(first, "a"), Some.BatchOfSize(bytes - 3 - first, "b"));
        Encoding.UTF8.GetByteCount(body).ShouldBe(bytes);
        return body;
    }

    /// <summary>Content without a length, so HttpClient sends it chunked.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
