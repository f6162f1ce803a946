using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Http;

public class ResponseStatusTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    public async Task ASuccessStatusReturnsTheStatusAndTheRateLimitPercentageUsed(int status)
    {
        var time = new FakeTimeProvider();
        var answer = new HttpResponseMessage((HttpStatusCode)status);
        answer.Headers.TryAddWithoutValidation("X-mp-rate-limit-percentage-used", "\"92\"");
        var handler = new ScriptedHandler(time).Then(answer);
        using var api = TestApi.Create(handler, time);

        var result = await api.SendAsync(TestApi.Request(), default);

        result.StatusCode.ShouldBe((HttpStatusCode)status);
        result.RateLimitPercentageUsed.ShouldBe(92);
        result.Attempts.ShouldBe(1);
        result.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task AnAbsentRateLimitHeaderGivesNoPercentage()
    {
        var time = new FakeTimeProvider();
        using var api = TestApi.Create(new ScriptedHandler(time), time);

        var result = await api.SendAsync(TestApi.Request(), default);

        result.RateLimitPercentageUsed.ShouldBeNull();
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(501)]
    public async Task APermanentErrorIsThrownAtOnceWithoutRetry(int status)
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, (_, _) => Task.FromResult(Reply.Status(status, "{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"Required event field \\\"event_type\\\" is missing or empty.\"}]}")));
        using var api = TestApi.Create(handler, time);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        handler.Requests.Count.ShouldBe(1);
        exception.StatusCode.ShouldBe((HttpStatusCode)status);
        exception.IsTransient.ShouldBeFalse();
        exception.Attempts.ShouldBe(1);
        exception.Errors.Count.ShouldBe(1);
        exception.Errors[0].Code.ShouldBe("BAD_REQUEST");
        exception.Errors[0].Message.ShouldBe("Required event field \"event_type\" is missing or empty.");
        exception.Message.ShouldContain(status.ToString());
        exception.Message.ShouldContain("http://127.0.0.1:9/v2/bulkevents");
        exception.Message.ShouldContain("BAD_REQUEST: Required event field");
        exception.Message.ShouldContain("Not retried");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"errors\":\"nope\"}")]
    [InlineData("{\"errors\":[1,2]}")]
    public async Task AnEmptyOrNonJsonErrorBodyIsTolerated(string? body)
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(400, body));
        using var api = TestApi.Create(handler, time);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        exception.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        exception.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ErrorEntriesWithMissingOrOddFieldsAreKept()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(400, "{\"errors\":[{\"code\":\"A\"},{\"message\":\"only text\"},{\"code\":7,\"message\":null}],\"extra\":true}"));
        using var api = TestApi.Create(handler, time);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        exception.Errors.Select(e => e.ToString()).ShouldBe(["A", "only text", "7"]);
    }

    [Fact]
    public async Task TheBodyOnTheWireIsExactlyTheRequestBytesAsJson()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time);
        using var api = TestApi.Create(handler, time);
        const string body = "[{\"environment\":\"development\",\"events\":[]}]";

        await api.SendAsync(TestApi.Request(body), default);

        handler.Requests[0].Method.ShouldBe(HttpMethod.Post);
        handler.Requests[0].Body.ShouldBe(Encoding.UTF8.GetBytes(body));
        handler.Requests[0].ContentType!.MediaType.ShouldBe("application/json");
    }

    [Fact]
    public async Task TheAuthorizationHeaderIsBasicOverTheUtf8KeyAndSecret()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time);
        using var api = TestApi.Create(handler, time);

        await api.SendAsync(TestApi.Request(), default);

        var authorization = handler.Requests[0].Authorization!;
        authorization.Scheme.ShouldBe("Basic");
        Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Parameter!)).ShouldBe(TestApi.Key + ":" + TestApi.Secret);
    }

    [Fact]
    public async Task A413WithoutAWayToDivideTheRequestIsThrownAsPermanent()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(413));
        using var api = TestApi.Create(handler, time);

        var exception = await Should.ThrowAsync<MparticleApiException>(() => api.SendAsync(TestApi.Request(), default));

        exception.StatusCode.ShouldBe((HttpStatusCode)413);
        exception.IsTransient.ShouldBeFalse();
        handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A413SendsTheHalvesTheRequestDividesInto()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time).Then(Reply.Status(413));
        using var api = TestApi.Create(handler, time);
        var whole = new WireRequest(MparticleEndpoints.BulkEvents, Encoding.UTF8.GetBytes("[1,2]"), () => [TestApi.Request("[1]"), TestApi.Request("[2]")]);

        var result = await api.SendAsync(whole, default);

        handler.Requests.Select(r => r.BodyText).ShouldBe(["[1,2]", "[1]", "[2]"]);
        result.Requests.ShouldBe(2);
        result.Attempts.ShouldBe(3);
    }
}
