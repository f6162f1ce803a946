using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Mparticle.Extensions.Logging.Tests.Support;

namespace Mparticle.Extensions.Logging.Tests;

/// <summary><c>LogConsentState</c>: the Serilog properties it writes, its console text, and the JSON mParticle receives.</summary>
[Collection(ConsoleCollection.Name)]
public class ConsentStateTests
{
    static ConsentState Consent() => new()
    {
        Gdpr =
        {
            ["Marketing"] = new GdprConsentState { Consented = true, TimestampUnixtimeMs = 1_700_000_000_000, Document = "privacy-v2", Location = "signup", HardwareId = "hw-1" },
            ["Analytics"] = new GdprConsentState { Consented = false },
        },
        Ccpa = new CcpaConsentState { Consented = false, TimestampUnixtimeMs = 1_700_000_000_000 },
    };

    [Fact]
    public void ConsentIsWrittenAsPlainValuesWithMparticlesJsonNames()
    {
        using var capture = new SerilogCapture();

        capture.Logger.LogConsentState(Consent());

        var logEvent = capture.Single();
        logEvent.Level.ShouldBe(Serilog.Events.LogEventLevel.Information);
        logEvent.MessageTemplate.Text.ShouldBe("mParticle consent {@MpConsentState}");
        SerilogCapture.Properties(logEvent).ShouldBe(SerilogCapture.Json(
            """
            {
              "EventId": {"Id": 28008, "Name": "MparticleConsentState"},
              "MpConsentState": {
                "gdpr": {
                  "Marketing": {"consented": true, "timestamp_unixtime_ms": 1700000000000, "document": "privacy-v2", "location": "signup", "hardware_id": "hw-1"},
                  "Analytics": {"consented": false}
                },
                "ccpa": {"data_sale_opt_out": {"consented": false, "timestamp_unixtime_ms": 1700000000000}}
              },
              "MpEventType": "consent_state",
              "SourceContext": "Shop.Checkout"
            }
            """));
    }

    [Fact]
    public void TheConsoleProviderPrintsAReadableLine()
    {
        var output = ConsoleCapture.Run(
            builder => builder.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.ColorBehavior = LoggerColorBehavior.Disabled;
            }),
            logger =>
            {
                logger.LogConsentState(Consent());
                logger.LogConsentState(new ConsentState { Ccpa = new CcpaConsentState { Consented = true } }, LogLevel.Warning);
            });

        output.ShouldBe(
            """
            info: Shop.Checkout[28008] mParticle consent gdpr "Marketing"=granted "Analytics"=denied ccpa data_sale_opt_out=denied
            warn: Shop.Checkout[28008] mParticle consent ccpa data_sale_opt_out=granted

            """);
    }

    [Fact]
    public void EmptyConsentIsRefusedAndADisabledLevelAllocatesNothing()
    {
        using var capture = new SerilogCapture(LogLevel.Warning);
        var logger = capture.Logger;
        var consent = Consent();

        Should.Throw<ArgumentNullException>(() => logger.LogConsentState(null!)).ParamName.ShouldBe("consent");
        Should.Throw<ArgumentException>(() => logger.LogConsentState(new ConsentState())).ParamName.ShouldBe("consent");

        logger.LogConsentState(consent);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
            logger.LogConsentState(consent);

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
        capture.Events.ShouldBeEmpty();
    }

    [Fact]
    public void ACcpaOnlyConsentAtADisabledLevelAllocatesNothingEvenOnItsFirstCall()
    {
        using var capture = new SerilogCapture(LogLevel.Warning);
        var logger = capture.Logger;
        var consent = new ConsentState { Ccpa = new CcpaConsentState { Consented = true } };
        logger.LogConsentState(Consent()); // warm up the call itself

        var before = GC.GetAllocatedBytesForCurrentThread();
        logger.LogConsentState(consent);

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0); // no GDPR dictionary created on the caller's object
    }

    [Theory]
    [InlineData(SerilogWiring.LoggingBuilder)]
    [InlineData(SerilogWiring.SerilogLoggerFactory)]
    public async Task ConsentArrivesInTheUsersBatchAsExactlyThisJson(SerilogWiring wiring)
    {
        await using var receiver = await ReceiverPipeline.RunAsync(logger =>
        {
            using (logger.BeginMparticleUser(Some.Ann()))
            {
                logger.LogConsentState(Consent());
                logger.LogAppEvent("Signed Up", CustomEventType.UserPreference);
            }

            return Task.CompletedTask;
        }, wiring);

        // Serilog may flush the two log events in one periodic batch or two: either way the user's batches join up to this.
        var batch = receiver.Batches.Where(b => b.ConsentState is not null).ShouldHaveSingleItem();
        var analytics = batch.ConsentState!.Gdpr["Analytics"].TimestampUnixtimeMs.ShouldNotBeNull();
        (DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeMilliseconds(analytics)).ShouldBeLessThan(TimeSpan.FromHours(1));
        // The given times become "given"; the log event's times (of the purpose without one, and of the event) become 0.
        ReceiverPipeline.UserBatches(receiver, body => body.Replace("1700000000000", "\"given\"", StringComparison.Ordinal)).ShouldBe(SerilogCapture.Json(
            """
            [
              {
                "environment": "development",
                "source_request_id": "request-1",
                "user_identities": {"customer_id": "ann", "email": "ann@example.com"},
                "consent_state": {
                  "gdpr": {
                    "Marketing": {"consented": true, "timestamp_unixtime_ms": "given", "document": "privacy-v2", "location": "signup", "hardware_id": "hw-1"},
                    "Analytics": {"consented": false, "timestamp_unixtime_ms": 0}
                  },
                  "ccpa": {"data_sale_opt_out": {"consented": false, "timestamp_unixtime_ms": "given"}}
                },
                "events": [
                  {"event_type": "custom_event", "data": {"event_name": "Signed Up", "custom_event_type": "user_preference", "timestamp_unixtime_ms": 0, "source_message_id": "message-2"}}
                ]
              }
            ]
            """));
    }
}
