using Mparticle.Tests.Support;

namespace Mparticle.Tests.Batches;

/// <summary>Hand-written expected JSON for the batch and its context types.</summary>
public class BatchJsonTests
{
    [Fact]
    public void AnEmptyBatchIsAnEmptyObjectEvenAfterItsCollectionsWereTouched()
    {
        var batch = new Batch();
        _ = batch.Events.Count + batch.UserAttributes.Count + batch.DeletedUserAttributes.Count + batch.IntegrationAttributes.Count + batch.PartnerIdentities.Count;
        var e = new AppEvent("e", CustomEventType.Other);
        _ = e.CustomAttributes.Count + e.CustomFlags.Count;
        MparticleJson.Serialize(batch).ShouldBe("{}");
        Wire.DataOf(e).ShouldBeJson("""{ "event_name": "e", "custom_event_type": "other" }""");
    }

    [Fact]
    public void EveryBatchFieldHasItsSchemaName()
    {
        var batch = Some.FullBatch(withSchemaConflicts: true);
        batch.Events.Clear();
        batch.UserIdentities = new UserIdentities { Email = "a@b.c" };
        batch.DeviceInfo = new DeviceInformation { Platform = Platform.Android };
        batch.ApplicationInfo = new ApplicationInformation { Package = "p" };
        batch.ConsentState = new ConsentState { Ccpa = new CcpaConsentState { Consented = false, TimestampUnixtimeMs = 1 } };
        batch.Context!.Location = new GeoLocation(1.5, 2);
        batch.Events.Add(new SessionStartEvent());
        MparticleJson.Serialize(batch).ShouldBeJson("""
            {
              "environment": "development",
              "source_request_id": "769D83CB-8C60-48F9-A0C1-C38CF1B40A4F",
              "user_identities": { "email": "a@b.c" },
              "device_info": { "platform": "Android" },
              "application_info": { "package": "p" },
              "source_info": { "channel": "server_to_server", "partner": "partner", "replay_request_id": "r1", "replay_job_id": "j1", "is_historical": false },
              "context": { "data_plan": { "plan_id": "my_plan", "plan_version": 2 }, "location": { "latitude": 1.5, "longitude": 2 } },
              "consent_state": { "ccpa": { "data_sale_opt_out": { "consented": false, "timestamp_unixtime_ms": 1 } } },
              "attribution_info": { "service_provider": "provider", "publisher": "publisher", "campaign": "campaign" },
              "partner_identity": "legacy",
              "mpid": -7636538281262557000,
              "origin_mpid": 9007199254740993,
              "mp_deviceid": "3fb44a79-df2d-446d-acf1-e87eda854ae1",
              "ip": "100.38.5.94",
              "timestamp_unixtime_ms": 1558388284107,
              "batch_id": -8602161397754364000,
              "schema_version": 2,
              "sdk_version": "7.9.2",
              "job_id": "job",
              "user_attributes": { "$firstname": "Ada", "age": 36, "vip": false, "score": 19.99, "ratio": 0.5, "gone": null, "tags": ["a", "b"] },
              "deleted_user_attributes": ["old attribute"],
              "integration_attributes": { "92": { "appsflyer_id_integration_setting": "1558328425529-6235588" } },
              "partner_identities": { "Partner_Id": "p-1" },
              "events": [ { "event_type": "session_start", "data": {} } ]
            }
            """);
    }

    [Fact]
    public void EnvironmentsAreLowerCase()
    {
        MparticleJson.Serialize(new Batch { Environment = MparticleEnvironment.Production }).ShouldBe("""{"environment":"production"}""");
        MparticleJson.Serialize(new Batch { Environment = MparticleEnvironment.Development }).ShouldBe("""{"environment":"development"}""");
    }

    [Fact]
    public void ApiKeyIsNotModelledSoItIsDroppedOnRead() =>
        MparticleJson.Serialize(MparticleJson.Deserialize("""{"api_key":"k","api_keys":["k"],"mpid":1}""")).ShouldBe("""{"mpid":1}""");

    [Fact]
    public void ConstructorsOfRequiredFieldsGuardTheirArguments()
    {
        Should.Throw<ArgumentNullException>(() => new DataPlanContext(null!)).ParamName.ShouldBe("planId");
        Should.Throw<ArgumentException>(() => new DataPlanContext("")).ParamName.ShouldBe("planId");
        Should.Throw<ArgumentNullException>(() => new AttributionInfo(null!, "p", "c")).ParamName.ShouldBe("serviceProvider");
        Should.Throw<ArgumentNullException>(() => new AttributionInfo("s", null!, "c")).ParamName.ShouldBe("publisher");
        Should.Throw<ArgumentNullException>(() => new AttributionInfo("s", "p", null!)).ParamName.ShouldBe("campaign");
    }
}
