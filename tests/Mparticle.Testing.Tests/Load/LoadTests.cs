using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Mparticle.Testing.Tests.Support;
using Xunit.Abstractions;

namespace Mparticle.Testing.Tests.Load;

public class LoadTests(ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Clients = 8;
    private const int BatchesPerRequest = 5;
    private const int EventsPerBatch = 2;
    private const int Users = 1000;

    [Theory]
    [InlineData(ReceiverValidation.Strict)]
    [InlineData(ReceiverValidation.Lenient)]
    public async Task TenThousandBulkRequestsFromEightConcurrentClientsAreAllAnsweredAndCountedExactly(ReceiverValidation validation)
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { ApiKey = "key", ApiSecret = "secret", Validation = validation });
        var bodies = Enumerable.Range(0, Requests).Select(Body).ToArray();

        // Every 20th request is sent twice: the repeat must be acknowledged and counted as duplicates only.
        var repeats = Enumerable.Range(0, Requests).Where(n => n % 20 == 0).ToArray();
        var work = bodies.Select((body, n) => (Body: body, Repeat: n % 20 == 0)).ToArray();
        var next = -1;
        var statuses = new int[Requests];
        var bytes = Encoding.UTF8.GetByteCount(string.Concat(bodies)) + repeats.Sum(n => Encoding.UTF8.GetByteCount(bodies[n]));

        await WarmUpAsync(validation);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var client = new ReceiverClient(receiver);
            for (var n = Interlocked.Increment(ref next); n < Requests; n = Interlocked.Increment(ref next))
            {
                statuses[n] = (int)(await PostAsync(client, work[n].Body)).StatusCode;
                if (work[n].Repeat)
                {
                    (await PostAsync(client, work[n].Body)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
                }
            }
        }));
        watch.Stop();

        statuses.ShouldAllBe(status => status == 202);
        var statistics = receiver.Statistics;
        var sent = Requests + repeats.Length;
        statistics.RequestCount.ShouldBe(sent);
        statistics.AcceptedRequestCount.ShouldBe(sent);
        statistics.ByteCount.ShouldBe(bytes);
        statistics.BatchCount.ShouldBe(Requests * BatchesPerRequest);
        statistics.EventCount.ShouldBe(Requests * BatchesPerRequest * EventsPerBatch);
        statistics.DuplicateCount.ShouldBe(repeats.Length * BatchesPerRequest);
        statistics.EventCountsByType.ShouldBe(new Dictionary<EventType, long> { [EventType.CustomEvent] = Requests * BatchesPerRequest, [EventType.ScreenView] = Requests * BatchesPerRequest }, ignoreOrder: true);
        statistics.EventCountsByUser.Count.ShouldBe(Users);
        statistics.EventCountsByUser.Values.ShouldAllBe(count => count == Requests * BatchesPerRequest * EventsPerBatch / Users);
        receiver.Requests.Count.ShouldBe(sent);

        var seconds = watch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{validation}: {sent:N0} requests ({statistics.BatchCount + statistics.DuplicateCount:N0} batches, {statistics.EventCount:N0} events accepted, {bytes:N0} bytes) in {seconds:0.00} s: {sent / seconds:N0} requests/s, {statistics.EventCount / seconds:N0} events/s, from {Clients} clients."));
    }

    /// <summary>Runs the same kind of traffic through a throwaway receiver first, so the measure is not of the JIT.</summary>
    private static async Task WarmUpAsync(ReceiverValidation validation)
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { Validation = validation });
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            using var http = new ReceiverClient(receiver);
            for (var n = 0; n < 50; n++)
            {
                (await PostAsync(http, Body(n))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
            }
        }));
    }

    private static async Task<HttpResponseMessage> PostAsync(ReceiverClient client, string body)
    {
        using var response = await client.PostAsync("bulkevents", body);
        return response;
    }

    private static string Body(int n)
    {
        var batches = new string[BatchesPerRequest];
        for (var b = 0; b < BatchesPerRequest; b++)
        {
            var index = (n * BatchesPerRequest) + b;
            batches[b] = Some.Batch(
                "user-" + (index % Users).ToString(CultureInfo.InvariantCulture),
                sourceRequestId: Guid.NewGuid().ToString(),
                eventJson: [Some.CustomEvent("Event " + n.ToString(CultureInfo.InvariantCulture)), Some.ScreenView()]);
        }

        return Some.Bulk(batches);
    }
}
