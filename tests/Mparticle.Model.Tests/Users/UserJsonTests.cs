using Mparticle.Tests.Support;

namespace Mparticle.Tests.Users;

/// <summary>Hand-written expected JSON for identities and consent.</summary>
public class UserJsonTests
{
    [Fact]
    public void EveryUserIdentityHasItsSchemaNameAndTheCustomerIdIsCustomerUnderscoreId() =>
        Wire.At(new Batch { UserIdentities = Some.FullUserIdentities() }, "user_identities").ShouldBeJson("""
            {
              "customer_id": "123456", "email": "ada@example.com", "other": "o1",
              "other_id_2": "o2", "other_id_3": "o3", "other_id_4": "o4", "other_id_5": "o5", "other_id_6": "o6",
              "other_id_7": "o7", "other_id_8": "o8", "other_id_9": "o9", "other_id_10": "o10",
              "facebook": "fb", "facebook_custom_audience_id": "fbca", "google": "g", "microsoft": "ms", "twitter": "tw", "yahoo": "y",
              "alias": "alias", "mobile_number": "+15551234567", "phone_number_2": "+15551234568", "phone_number_3": "+15551234569"
            }
            """);

    [Fact]
    public void CustomeridAsThePythonAndNodeSdksSendItIsAcceptedOnRead()
    {
        MparticleJson.Deserialize("""{"user_identities":{"customerid":"py-1"}}""").UserIdentities!.CustomerId.ShouldBe("py-1");
        MparticleJson.Deserialize("""{"user_identities":{"customerid":"py-1","customer_id":"schema-1"}}""").UserIdentities!.CustomerId.ShouldBe("schema-1");
        MparticleJson.Deserialize("""{"user_identities":{"customer_id":"schema-1","customerid":"py-1"}}""").UserIdentities!.CustomerId.ShouldBe("schema-1");
    }

    [Fact]
    public void ConsentStateWritesGdprPurposesAndCcpaDataSaleOptOut() =>
        Wire.At(new Batch { ConsentState = Some.FullConsentState() }, "consent_state").ShouldBeJson("""
            {
              "gdpr": {
                "location_collection": {
                  "consented": true, "timestamp_unixtime_ms": 1523039002083, "document": "location_collection_agreement_v4",
                  "location": "17 Cherry Tree Lane", "hardware_id": "IDFA:a5d934n0-232f-4afc-2e9a-3832d95zc702", "regulation": "gdpr"
                },
                "parental": { "consented": false, "timestamp_unixtime_ms": 1523039002083 }
              },
              "ccpa": {
                "data_sale_opt_out": { "consented": true, "timestamp_unixtime_ms": 1523039002083, "document": "ccpa_v1", "location": "CA", "hardware_id": "IDFA:x", "regulation": "ccpa" }
              }
            }
            """);

    [Fact]
    public void ThePythonStyleConsentExampleWorks()
    {
        var consent = new ConsentState
        {
            Gdpr = { ["My Purpose"] = new GdprConsentState { Consented = true, Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1523039002083), Document = "v1" } },
        };
        Wire.At(new Batch { ConsentState = consent }, "consent_state")
            .ShouldBeJson("""{ "gdpr": { "My Purpose": { "consented": true, "timestamp_unixtime_ms": 1523039002083, "document": "v1" } } }""");
    }

    [Fact]
    public void UnknownCcpaPurposesAreIgnoredOnRead()
    {
        var batch = MparticleJson.Deserialize("""{"consent_state":{"ccpa":{"other":{"consented":true},"data_sale_opt_out":{"consented":false,"timestamp_unixtime_ms":1}}}}""");
        batch.ConsentState!.Ccpa!.Consented.ShouldBe(false);
        batch.ConsentState.Ccpa.Timestamp.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1));
    }

    [Fact]
    public void AUserIdentityGuardsItsValue()
    {
        Should.Throw<ArgumentNullException>(() => new UserIdentity(IdentityType.Email, null!)).ParamName.ShouldBe("identity");
        new UserIdentity(IdentityType.Email, "a@b") { Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(5) }.TimestampUnixtimeMs.ShouldBe(5);
    }
}
