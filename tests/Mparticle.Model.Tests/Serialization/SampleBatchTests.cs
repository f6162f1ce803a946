using System.Text.Json.Nodes;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Serialization;

/// <summary>mParticle's official sample batch (<c>../shared/reference/schema/mparticle.inbound.eventsapi.sample.json</c>).</summary>
public class SampleBatchTests
{
    private static readonly string SampleJson = File.ReadAllText(SharedReference.SchemaFile("mparticle.inbound.eventsapi.sample.json"));

    [Fact]
    public void TheOfficialSampleRoundTripsToSemanticallyTheSameJson()
    {
        var written = MparticleJson.Serialize(MparticleJson.Deserialize(SampleJson));

        // Semantic equality: key order, number spelling (123 vs 123.0), and null / empty / absent do not matter.
        // One deliberate difference: lifetime_value_change is written as the boolean the reference advises, while
        // the sample (like the current schema) sends a number, so the expected side maps number n to n != 0.
        var expected = JsonNode.Parse(SampleJson)!;
        foreach (var data in expected["events"]!.AsArray().Select(e => e!["data"]!.AsObject()))
        {
            if (data["lifetime_value_change"] is JsonValue ltv)
            {
                data["lifetime_value_change"] = ltv.GetValue<decimal>() != 0;
            }
        }

        JsonText.Semantic(written).ShouldBe(JsonText.Semantic(expected.ToJsonString()));
    }

    [Fact]
    public void TheOfficialSampleReadsIntoTheModel()
    {
        var batch = MparticleJson.Deserialize(SampleJson);

        batch.Environment.ShouldBe(MparticleEnvironment.Development);
        batch.Mpid.ShouldBe(-7636538281262557000);
        batch.BatchId.ShouldBe(-8602161397754364000);
        batch.UserIdentities!.CustomerId.ShouldBe("123456");
        batch.UserAttributes["Test attribute"].ShouldBe((UserAttributeValue)"Test value");
        batch.Events.Count.ShouldBe(14);
        batch.Events.Select(e => e.EventType).Distinct().Count().ShouldBe(12);
        var purchase = batch.Events.OfType<CommerceEvent>().Single();
        purchase.ProductAction!.Action.ShouldBe(ProductActionType.Purchase);
        purchase.ProductAction.TotalAmount.ShouldBe(123m);
        purchase.ProductAction.Products.Single().AddedToCartTimeMs.ShouldBe(1558388284150);
        purchase.LifetimeValueChange.ShouldBe(true);
        purchase.CustomAttributes["Total Amount"].ShouldBe((AttributeValue)"123");
        batch.Events[1].DeviceCurrentState!.DeviceOrientation.ShouldBe(DeviceOrientation.Portrait);
        batch.Events[5].DeviceCurrentState!.DeviceOrientation.ShouldBe(DeviceOrientation.Unknown);
        batch.Events.OfType<UserIdentityChangeEvent>().Single().NewIdentity!.CreatedThisBatch.ShouldBe(true);
        batch.ConsentState!.Gdpr["parental"].Consented.ShouldBe(false);
        batch.ConsentState.Ccpa!.Consented.ShouldBe(true);
        batch.ApplicationInfo!.AppleSearchAdsAttributes["version3.1"]["iad-keyword"].ShouldBe("Keyword");
        batch.IntegrationAttributes["92"]["appsflyer_id_integration_setting"].ShouldBe("1558328425529-6235588");
        batch.SourceInfo!.Channel.ShouldBe(SourceChannel.Native);
    }

    [Fact]
    public void TheRewrittenSampleValidatesAgainstTheSchemaExceptForLifetimeValueChange()
    {
        var batch = MparticleJson.Deserialize(SampleJson);
        foreach (var e in batch.Events)
        {
            e.LifetimeValueChange = null; // written as a boolean, which the schema types as a number (see SchemaValidationTests)
        }

        OfficialSchema.ShouldBeValidBatch(MparticleJson.Serialize(batch));
    }

    [Fact]
    public void TheSampleRoundTripsThroughTheBulkFormat()
    {
        var bulk = $"[{SampleJson},{SampleJson}]";
        var batches = MparticleJson.DeserializeBulk(bulk);
        batches.Count.ShouldBe(2);
        MparticleJson.SerializeBulk(batches).ShouldBe($"[{MparticleJson.Serialize(batches[0])},{MparticleJson.Serialize(batches[1])}]");
    }
}
