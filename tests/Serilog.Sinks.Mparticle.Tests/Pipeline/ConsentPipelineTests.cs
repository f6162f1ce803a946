using Mparticle;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Pipeline;

/// <summary>Consent through a real Serilog pipeline into the local receiver (see <see cref="ReceiverPipelineTests"/>).</summary>
[Collection(SelfLogCollection.Name)]
public class ConsentPipelineTests
{
    [Fact]
    public async Task ConsentOfSeveralLogEventsArrivesMergedAsExactlyThisConsentState()
    {
        await using var receiver = await ReceiverPipelineTests.StartReceiverAsync();
        long given, withdrawn;
        using (var logger = ReceiverPipelineTests.CreateLogger(receiver, logEvents: 3))
        {
            var ann = logger.ForContext("UserId", "ann");
            given = DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeMilliseconds();
            withdrawn = given + 60_000;
            ann.ForContext(MparticleProperties.MpConsentState, new ConsentState
            {
                Gdpr =
                {
                    ["Marketing"] = new GdprConsentState { Consented = true, TimestampUnixtimeMs = given, Document = "privacy-v2", Location = "signup", HardwareId = "hw-1" },
                    ["Analytics"] = new GdprConsentState { Consented = true, TimestampUnixtimeMs = given },
                },
            }, destructureObjects: true).Information("{MpEventType}", MparticleEventKinds.ConsentState);
            ann.ForContext(MparticleProperties.MpConsentState, new ConsentState
            {
                Gdpr = { ["Analytics"] = new GdprConsentState { Consented = false, TimestampUnixtimeMs = withdrawn } },
                Ccpa = new CcpaConsentState { Consented = false, TimestampUnixtimeMs = withdrawn, Document = "ccpa-1" },
            }, destructureObjects: true).Information("{MpEventType}", MparticleEventKinds.ConsentState);
            ann.Information("{MpEventType} {MpEventName}", "navigation", "Home");
            await receiver.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30));
        }

        var request = receiver.Requests.ShouldHaveSingleItem();
        request.StatusCode.ShouldBe(202);
        WireJson.NormalizeLive(request.Body!).ShouldBe(WireJson.Normalize("""
            [
              {
                "environment": "development",
                "source_request_id": "request-1",
                "user_identities": {"customer_id": "ann"},
                "consent_state": {
                  "gdpr": {
                    "Marketing": {"consented": true, "timestamp_unixtime_ms": 0, "document": "privacy-v2", "location": "signup", "hardware_id": "hw-1"},
                    "Analytics": {"consented": false, "timestamp_unixtime_ms": 0}
                  },
                  "ccpa": {"data_sale_opt_out": {"consented": false, "timestamp_unixtime_ms": 0, "document": "ccpa-1"}}
                },
                "events": [
                  {"event_type": "custom_event",
                   "data": {"event_name": "Home", "custom_event_type": "navigation", "timestamp_unixtime_ms": 0, "source_message_id": "message-2"}}
                ]
              }
            ]
            """));
        var consent = receiver.Batches.ShouldHaveSingleItem().ConsentState.ShouldNotBeNull();
        consent.Gdpr["Marketing"].TimestampUnixtimeMs.ShouldBe(given);
        consent.Gdpr["Analytics"].TimestampUnixtimeMs.ShouldBe(withdrawn);
        consent.Ccpa!.TimestampUnixtimeMs.ShouldBe(withdrawn);
    }
}
