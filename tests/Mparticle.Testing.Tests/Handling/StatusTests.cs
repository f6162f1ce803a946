using System.Net;
using System.Text.Json;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Handling;

public class StatusTests
{
    [Fact]
    public async Task AnAcceptedBulkRequestIsAnswered202WithAnEmptyBodyAndNoUsageHeaderWithoutALimit()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        using var response = await client.PostAsync("bulkevents", Some.Bulk(Some.Batch("a", 2), Some.Batch("b", 1)));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        response.Headers.Contains("X-mp-rate-limit-percentage-used").ShouldBeFalse();
        receiver.Statistics.EventCount.ShouldBe(3);
        receiver.Statistics.BatchCount.ShouldBe(2);
    }

    [Fact]
    public async Task OneBatchIsAcceptedOnTheEventsPath()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, _) = await client.PostForTextAsync("events", Some.Batch("a", 2));

        status.ShouldBe(202);
        receiver.Statistics.EventCountsByUser["a"].ShouldBe(2);
    }

    [Fact]
    public async Task UnderALimitTheUsageHeaderReportsTheShareOfItUsedInTheCurrentSecond()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { BatchesPerSecondLimit = 270, TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider() });
        using var client = new ReceiverClient(receiver);

        using var first = await client.PostAsync("bulkevents", Some.Bulk(Enumerable.Range(0, 27).Select(i => Some.Batch("u" + i)).ToArray()));
        using var second = await client.PostAsync("bulkevents", Some.Bulk(Enumerable.Range(0, 27).Select(i => Some.Batch("v" + i)).ToArray()));

        first.Headers.GetValues("X-mp-rate-limit-percentage-used").Single().ShouldBe("10");
        second.Headers.GetValues("X-mp-rate-limit-percentage-used").Single().ShouldBe("20");
    }

    [Fact]
    public async Task MalformedJsonIsAnswered400WithMparticlesErrorBodyNamingTheBatch()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync("bulkevents", "[" + Some.Batch() + ",{\"events\": [}]");

        status.ShouldBe(400);
        var message = ErrorMessage(body);
        message.ShouldStartWith("Malformed JSON in batch $[1]:");
        receiver.Statistics.BatchCount.ShouldBe(0);
        receiver.Requests.Single().Error.ShouldBe(message);
    }

    [Fact]
    public async Task AnEventWithoutEventTypeIsAnswered400WithMparticlesMessageAndThePath()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        var batch = Some.Batch(eventJson: [Some.CustomEvent(), "{\"data\":{\"event_name\":\"x\"}}"]);

        var (status, body) = await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch(), batch));

        status.ShouldBe(400);
        ErrorMessage(body).ShouldBe("Required event field \"event_type\" is missing or empty at $[1].events[1].");
    }

    [Theory]
    [InlineData("bulkevents", "{}", "The request body must be a JSON array of batch objects, found an object at $.")]
    [InlineData("bulkevents", "[1]", "$[0] must be a batch object, found a number.")]
    [InlineData("events", "[]", "$ must be a batch object, found an array.")]
    [InlineData("events", "", "The request body is empty; expected a JSON batch object.")]
    [InlineData("events", "{\"events\":{}}", "$.events must be an array of events, found an object.")]
    [InlineData("events", "{\"events\":[{\"event_type\":\"screen_view\",\"data\":[]}]}", "$.events[0].data must be an object, found an array.")]
    [InlineData("events", "{\"events\":[{\"event_type\":7,\"data\":{}}]}", "$.events[0].event_type must be a string, found a number.")]
    [InlineData("events", "{\"source_request_id\":{}}", "$.source_request_id must be a string, number, boolean or null, found an object.")]
    public async Task AWronglyShapedBodyIsAnswered400SayingWhatAndWhere(string path, string json, string expected)
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync(path, json);

        status.ShouldBe(400);
        ErrorMessage(body).ShouldBe(expected);
    }

    [Fact]
    public async Task ContentAfterTheJsonValueIsAnswered400()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync("events", Some.Batch() + " {}");

        status.ShouldBe(400);
        ErrorMessage(body).ShouldStartWith("Malformed JSON in the end of the request body");
    }

    [Fact]
    public async Task AnUnknownEventTypeIsAnswered400InStrictMode()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync("events", Some.Batch(eventJson: ["{\"event_type\":\"media_event\",\"data\":{}}"]));

        status.ShouldBe(400);
        ErrorMessage(body).ShouldStartWith("$.events[0].event_type 'media_event' is not an event type; expected one of custom_event, ");
    }

    [Fact]
    public async Task InLenientModeAnInvalidBatchIsAcknowledgedCountedAndNotRecordedWhileTheOthersAre()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { Validation = ReceiverValidation.Lenient });
        using var client = new ReceiverClient(receiver);
        var invalid = Some.Batch("bad", eventJson: ["{\"event_type\":\"media_event\",\"data\":{}}"]);

        var (status, _) = await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("good"), invalid));

        status.ShouldBe(202);
        receiver.Statistics.InvalidBatchCount.ShouldBe(1);
        receiver.Statistics.EventCountsByUser.Keys.ShouldBe(["good"]);
        receiver.Requests.Single().Error!.ShouldContain("$[1].events[0].event_type 'media_event'");
    }

    [Fact]
    public async Task InLenientModeAMissingEventTypeIsStillAnswered400AsMparticleDoes()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { Validation = ReceiverValidation.Lenient });
        using var client = new ReceiverClient(receiver);

        var (status, _) = await client.PostForTextAsync("events", Some.Batch(eventJson: ["{\"data\":{}}"]));

        status.ShouldBe(400);
    }

    [Fact]
    public async Task ACompressedBodyIsAnswered400InStrictModeBecauseTheEventsApiTakesPlainJson()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        using var content = Some.Json(Some.Batch());
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await client.Http.PostAsync("events", content);

        ((int)response.StatusCode).ShouldBe(400);
        ErrorMessage(await response.Content.ReadAsStringAsync()).ShouldBe("Content-Encoding 'gzip' is not supported: the Events API takes plain JSON.");
    }

    [Theory]
    [InlineData("text/plain", 400)]
    [InlineData("application/x-www-form-urlencoded", 400)]
    [InlineData("application/json", 202)]
    [InlineData("Application/JSON; charset=utf-8", 202)]
    public async Task InStrictModeTheBodyMustBeDeclaredAsJson(string contentType, int expected)
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        using var content = new StringContent(Some.Batch());
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.Http.PostAsync("events", content);

        ((int)response.StatusCode).ShouldBe(expected);
        if (expected == 400)
        {
            ErrorMessage(await response.Content.ReadAsStringAsync()).ShouldBe($"Content-Type '{contentType}' is not JSON: the Events API takes application/json.");
        }
    }

    [Fact]
    public async Task InLenientModeAnyContentTypeIsAccepted()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { Validation = ReceiverValidation.Lenient });
        using var client = new ReceiverClient(receiver);

        using var response = await client.Http.PostAsync("events", new StringContent(Some.Batch()));

        ((int)response.StatusCode).ShouldBe(202);
    }

    [Fact]
    public async Task AnUnknownPathIsAnswered404AndAnotherMethod405()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        (await client.PostForTextAsync("bulkevent", "[]")).Status.ShouldBe(404);
        using var get = await client.Http.GetAsync("bulkevents");
        ((int)get.StatusCode).ShouldBe(405);
        get.Content.Headers.Allow.ShouldBe(["POST"]);
    }

    internal static string ErrorMessage(string body)
    {
        using var document = JsonDocument.Parse(body);
        var error = document.RootElement.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("code").GetString().ShouldBe("BAD_REQUEST");
        return error.GetProperty("message").GetString()!;
    }
}
