using System.Text.Json;

namespace Mparticle.Tests.Serialization;

/// <summary>Reading is strict about types and enumeration values, and every error names the JSON path.</summary>
public class ReadErrorTests
{
    [Theory]
    [InlineData("""{"mpid":"123"}""", "$.mpid")]
    [InlineData("""{"mpid":1.5}""", "$.mpid")]
    [InlineData("""{"environment":"staging"}""", "$.environment")]
    [InlineData("""{"environment":1}""", "$.environment")]
    [InlineData("""{"user_identities":{"email":5}}""", "$.user_identities.email")]
    [InlineData("""{"user_attributes":{"tags":["a",1]}}""", "$.user_attributes.tags")]
    [InlineData("""{"user_attributes":{"a":{"nested":1}}}""", "$.user_attributes.a")]
    [InlineData("""{"events":[{"event_type":"nope","data":{}}]}""", "$.events[0].event_type")]
    [InlineData("""{"events":[{"event_type":"pre_attribution","data":{}}]}""", "$.events[0].event_type")]
    [InlineData("""{"events":[{"event_type":7,"data":{}}]}""", "$.events[0].event_type")]
    [InlineData("""{"events":[{"data":{}}]}""", "$.events[0]")]
    [InlineData("""{"events":[{"event_type":"uninstall"}]}""", "$.events[0]")]
    [InlineData("""{"events":[{"event_type":"uninstall","data":[]}]}""", "$.events[0].data")]
    [InlineData("""{"events":[{"event_type":"custom_event","data":{"event_name":5,"custom_event_type":"other"}}]}""", "$.events[0].data.event_name")]
    [InlineData("""{"events":[{"event_type":"custom_event","data":{"event_name":null,"custom_event_type":"other"}}]}""", "$.events[0].data.event_name")]
    [InlineData("""{"events":[{"event_type":"custom_event","data":{"event_name":"e"}}]}""", "$.events[0].data")]
    [InlineData("""{"events":[{"event_type":"custom_event","data":{"event_name":"e","custom_event_type":"Other"}}]}""", "$.events[0].data.custom_event_type")]
    [InlineData("""{"events":[{"event_type":"custom_event","data":{"event_name":"e","custom_event_type":"other","timestamp_unixtime_ms":"1"}}]}""", "$.events[0].data.timestamp_unixtime_ms")]
    [InlineData("""{"events":[{"event_type":"custom_event","data":{"event_name":"e","custom_event_type":"other","custom_attributes":{"a":[1]}}}]}""", "$.events[0].data.custom_attributes.a")]
    [InlineData("""{"events":[{},{"event_type":"commerce_event","data":{"product_action":{"action":"buy"}}}]}""", "$.events[0]")]
    [InlineData("""{"events":[{"event_type":"commerce_event","data":{"product_action":{"action":"remove_from_wishlist"}}}]}""", "$.events[0].data.product_action.action")]
    [InlineData("""{"events":[{"event_type":"commerce_event","data":{"product_action":{"action":"purchase","products":[{"price":"19.99"}]}}}]}""", "$.events[0].data.product_action.products[0].price")]
    [InlineData("""{"events":[{"event_type":"crash_report","data":{"breadcrumbs":["a",{"event_type":"breadcrumb","data":{"label":5}}]}}]}""", "$.events[0].data.breadcrumbs[1].data.label")]
    [InlineData("""{"events":[{"event_type":"crash_report","data":{"breadcrumbs":[{"event_type":"uninstall","data":{}}]}}]}""", "$.events[0].data.breadcrumbs[0]")]
    [InlineData("""{"events":[{"event_type":"user_identity_change","data":{"new":{"identity_type":"customerid","identity":"1"},"old":null}}]}""", "$.events[0].data.new.identity_type")]
    [InlineData("""{"device_info":{"is_tablet":"true"}}""", "$.device_info.is_tablet")]
    [InlineData("""{"consent_state":{"gdpr":{"p":{"consented":1}}}}""", "$.consent_state.gdpr.p.consented")]
    [InlineData("""{"mpid":1""", "$.mpid")]
    public void AMalformedDocumentThrowsAJsonExceptionNamingThePath(string json, string path)
    {
        var exception = Should.Throw<JsonException>(() => MparticleJson.Deserialize(json));
        exception.Path.ShouldBe(path);
        exception.Message.ShouldContain($"Path: {path}");
    }

    [Fact]
    public void TheUtf8OverloadsReportTheSamePath()
    {
        Should.Throw<JsonException>(() => MparticleJson.Deserialize("""{"events":[{"event_type":"opt_out","data":{"is_opted_out":"no"}}]}"""u8)).Path.ShouldBe("$.events[0].data.is_opted_out");
        Should.Throw<JsonException>(() => MparticleJson.DeserializeBulk("""[{},{"mpid":"x"}]"""u8)).Path.ShouldBe("$[1].mpid");
    }

    [Fact]
    public void ANullDocumentOrBatchIsAnError()
    {
        Should.Throw<JsonException>(() => MparticleJson.Deserialize("null")).Path.ShouldBe("$");
        Should.Throw<JsonException>(() => MparticleJson.DeserializeBulk("null")).Path.ShouldBe("$");
        Should.Throw<JsonException>(() => MparticleJson.DeserializeBulk("[{},null]")).Path.ShouldBe("$[1]");
        Should.Throw<JsonException>(() => MparticleJson.DeserializeBulk("{}")).Path.ShouldBe("$");
    }

    [Fact]
    public void TheMessageSaysWhatWasWrong()
    {
        Should.Throw<JsonException>(() => MparticleJson.Deserialize("""{"events":[{"event_type":"nope","data":{}}]}"""))
            .Message.ShouldStartWith("'nope' is not a known event_type.");
        Should.Throw<JsonException>(() => MparticleJson.Deserialize("""{"events":[{"data":{}}]}"""))
            .Message.ShouldStartWith("Required event field \"event_type\" is missing or empty.");
        Should.Throw<JsonException>(() => MparticleJson.Deserialize("""{"environment":"staging"}"""))
            .Message.ShouldStartWith("'staging' is not a known MparticleEnvironment value.");
    }

    [Fact]
    public void ArgumentsAreGuarded()
    {
        Should.Throw<ArgumentNullException>(() => MparticleJson.Deserialize((string)null!));
        Should.Throw<ArgumentNullException>(() => MparticleJson.DeserializeBulk((string)null!));
        Should.Throw<ArgumentNullException>(() => MparticleJson.Serialize(null!));
        Should.Throw<ArgumentNullException>(() => MparticleJson.SerializeToUtf8Bytes(null!));
        Should.Throw<ArgumentNullException>(() => MparticleJson.SerializeBulk(null!));
        Should.Throw<ArgumentNullException>(() => MparticleJson.SerializeBulk([new Batch(), null!]));
    }
}
