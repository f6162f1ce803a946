using Mparticle.Testing.Tests.Handling;
using Mparticle.Testing.Tests.Support;

namespace Mparticle.Testing.Tests.Validation;

public class ModelValidationTests
{
    [Theory]
    [InlineData("{\"mpid\":\"not a number\"}", "Batch $ does not match the Events API: ", "Path: $.mpid.")]
    [InlineData("{\"environment\":\"staging\"}", "Batch $ does not match the Events API: ", "Path: $.environment.")]
    [InlineData("{\"events\":[{\"event_type\":\"custom_event\",\"data\":{\"event_name\":\"x\",\"custom_event_type\":\"sideways\"}}]}", "Batch $ does not match the Events API: ", "Path: $.events[0].data.custom_event_type.")]
    public async Task AWrongTypeOrEnumValueIsAnswered400WithThePathInStrictMode(string json, string start, string end)
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync("events", json);

        status.ShouldBe(400);
        var message = StatusTests.ErrorMessage(body);
        message.ShouldStartWith(start);
        message.ShouldEndWith(end);
    }

    [Fact]
    public async Task InABulkRequestThePathNamesTheBatch()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch(), "{\"mpid\":true}"));

        status.ShouldBe(400);
        StatusTests.ErrorMessage(body).ShouldEndWith("Path: $[1].mpid.");
    }

    [Theory]
    [InlineData("{\"surprise\":1}", "Unknown field $.surprise: ")]
    [InlineData("{\"user_identities\":{\"customer_id\":\"a\",\"favourite_id\":\"b\"}}", "Unknown field $.user_identities.favourite_id: ")]
    [InlineData("{\"events\":[{\"event_type\":\"screen_view\",\"data\":{\"screen_name\":\"Home\",\"mood\":\"happy\"}}]}", "Unknown field $.events[0].data.mood: ")]
    [InlineData("{\"events\":[{\"event_type\":\"screen_view\",\"data\":{\"screen_name\":\"Home\"},\"extra\":true}]}", "Unknown field $.events[0].extra: ")]
    public async Task AnUnknownFieldIsAnswered400WithItsPathInStrictMode(string json, string start)
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        var (status, body) = await client.PostForTextAsync("events", json);

        status.ShouldBe(400);
        StatusTests.ErrorMessage(body).ShouldStartWith(start);
    }

    [Fact]
    public async Task InLenientModeUnknownFieldsAreIgnoredAndABatchTheModelCannotReadIsCountedInvalid()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new() { Validation = ReceiverValidation.Lenient });
        using var client = new ReceiverClient(receiver);

        var (status, _) = await client.PostForTextAsync("bulkevents", Some.Bulk(Some.Batch("a", extra: "\"surprise\":1"), "{\"mpid\":\"x\"}"));

        status.ShouldBe(202);
        receiver.Statistics.BatchCount.ShouldBe(1);
        receiver.Statistics.InvalidBatchCount.ShouldBe(1);
        receiver.Requests.Single().Error!.ShouldContain("Path: $[1].mpid.");
    }

    [Fact]
    public async Task NullsEmptyObjectsCustomeridAndApiKeyAreNotUnknownFields()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        var json = "{\"api_key\":\"k\",\"ip\":null,\"user_attributes\":{},\"deleted_user_attributes\":[],\"user_identities\":{\"customerid\":\"c-1\",\"email\":null},"
            + "\"events\":[{\"event_type\":\"custom_event\",\"data\":{\"event_name\":\"x\",\"custom_event_type\":\"other\",\"custom_attributes\":{\"\\u0061\":1,\"b\":null},\"location\":null}}]}";

        var (status, body) = await client.PostForTextAsync("events", json);

        body.ShouldBeEmpty();
        status.ShouldBe(202);
        receiver.EventsFor("c-1").Single().ShouldBeOfType<AppEvent>();
    }

    [Fact]
    public async Task AcceptedBatchesAreOurModelObjects()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);

        await client.PostForTextAsync("bulkevents", Some.Bulk(
            Some.Batch("a", sourceRequestId: "r-1", eventJson: [Some.CustomEvent("Signed up"), Some.ScreenView("Cart")]),
            Some.Batch("b", 1)));

        var batch = receiver.Batches[0];
        batch.SourceRequestId.ShouldBe("r-1");
        batch.Environment.ShouldBe(MparticleEnvironment.Development);
        batch.UserIdentities!.CustomerId.ShouldBe("a");
        var events = receiver.EventsFor("a");
        events.Count.ShouldBe(2);
        events[0].ShouldBeOfType<AppEvent>().EventName.ShouldBe("Signed up");
        events[1].ShouldBeOfType<ScreenViewEvent>().ScreenName.ShouldBe("Cart");
        receiver.EventsFor("nobody").ShouldBeEmpty();
    }

    [Fact]
    public async Task BatchesFromTheHistoricalEndpointAreMarkedHistorical()
    {
        await using var receiver = await MparticleReceiver.StartAsync();
        using var client = new ReceiverClient(receiver);
        var old = DateTimeOffset.UtcNow.AddDays(-10).ToUnixTimeMilliseconds();

        await client.PostForTextAsync("bulkevents/historical", Some.Bulk(Some.Batch("a", eventJson: [Some.CustomEvent("x", old)])));

        receiver.Batches.Single().SourceInfo!.IsHistorical.ShouldBe(true);
    }
}
