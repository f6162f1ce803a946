using Microsoft.Extensions.Logging;
using Mparticle.Extensions.Logging.Tests.Support;
using Serilog.Events;

namespace Mparticle.Extensions.Logging.Tests;

/// <summary>
/// User scopes and user attributes, through both ways of wiring Serilog in (they apply scopes differently).
/// </summary>
public class MparticleUserLoggerExtensionsTests
{
    public static TheoryData<SerilogWiring> Wirings => [SerilogWiring.LoggingBuilder, SerilogWiring.SerilogLoggerFactory];

    static string UserOf(LogEvent logEvent) =>
        SerilogCapture.Properties(new LogEvent(logEvent.Timestamp, logEvent.Level, null, logEvent.MessageTemplate,
            logEvent.Properties.Where(p => p.Key is "MpUserIdentities" or "MpScopeUserAttributes" or "MpId" or "MpUserAttributes")
                .Select(p => new LogEventProperty(p.Key, p.Value))));

    [Theory]
    [MemberData(nameof(Wirings))]
    public void EverythingLoggedInsideAUserScopeBelongsToTheUser(SerilogWiring wiring)
    {
        using var capture = new SerilogCapture(wiring: wiring);
        var logger = capture.Logger;

        using (logger.BeginMparticleUser(Some.Ann(), new Dictionary<string, object?> { ["plan"] = "gold", ["tags"] = new[] { "a", "b" } }, mpid: 7))
        {
            logger.LogAppEvent("Example", CustomEventType.Navigation);
            logger.LogInformation("Order {OrderId} placed", 1001);
        }

        logger.LogInformation("Outside");

        var events = capture.Events;
        events.Count.ShouldBe(3);
        SerilogCapture.Properties(events[1]).ShouldBe(SerilogCapture.Json(
            """
            {
              "MpId": 7,
              "MpScopeUserAttributes": {"plan": "gold", "tags": ["a", "b"]},
              "MpUserIdentities": {"CustomerId": "ann", "Email": "ann@example.com"},
              "OrderId": 1001,
              "SourceContext": "Shop.Checkout"
            }
            """));
        UserOf(events[0]).ShouldBe(UserOf(events[1]));
        events[2].Properties.Keys.ShouldBe(["SourceContext"]);
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public void AUserScopeAlwaysWritesAttributesAndMpidSoThatItHidesAnOuterUser(SerilogWiring wiring)
    {
        using var capture = new SerilogCapture(wiring: wiring);
        var logger = capture.Logger;

        using (logger.BeginMparticleUser(Some.Ann(), new Dictionary<string, object?> { ["plan"] = "gold" }, mpid: 7))
        {
            using (logger.BeginMparticleUser(Some.Bob()))
                logger.LogInformation("Inner");
            logger.LogInformation("Outer again");
        }

        UserOf(capture.Events[0]).ShouldBe(SerilogCapture.Json(
            """{"MpId": null, "MpScopeUserAttributes": {}, "MpUserIdentities": {"CustomerId": "bob"}}"""));
        UserOf(capture.Events[1]).ShouldBe(SerilogCapture.Json(
            """{"MpId": 7, "MpScopeUserAttributes": {"plan": "gold"}, "MpUserIdentities": {"CustomerId": "ann", "Email": "ann@example.com"}}"""));
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public async Task AUserScopeHoldsAcrossAwait(SerilogWiring wiring)
    {
        using var capture = new SerilogCapture(wiring: wiring);
        var logger = capture.Logger;

        using (logger.BeginMparticleUser(Some.Ann()))
        {
            await Task.Yield();
            await Task.Run(async () =>
            {
                await Task.Delay(10);
                logger.LogAppEvent("After await", CustomEventType.Other);
            });
        }

        UserOf(capture.Single()).ShouldContain("\"CustomerId\": \"ann\"");
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public async Task ConcurrentUsersAreKeptApart(SerilogWiring wiring)
    {
        using var capture = new SerilogCapture(wiring: wiring);
        var logger = capture.Logger;
        const int Users = 64;
        const int EventsPerUser = 5;

        await Task.WhenAll(Enumerable.Range(0, Users).Select(async user =>
        {
            using (logger.BeginMparticleUser(new UserIdentities { CustomerId = "user-" + user }, new Dictionary<string, object?> { ["n"] = user }))
            {
                for (var step = 0; step < EventsPerUser; step++)
                {
                    await Task.Yield();
                    logger.LogAppEvent("Step", CustomEventType.Navigation, ("user", "user-" + user), ("step", step));
                }
            }
        }));

        var events = capture.Events;
        events.Count.ShouldBe(Users * EventsPerUser);
        foreach (var logEvent in events)
        {
            var identities = logEvent.Properties["MpUserIdentities"].ShouldBeOfType<DictionaryValue>();
            var attributes = logEvent.Properties["MpAttributes"].ShouldBeOfType<DictionaryValue>();
            var customerId = identities.Elements.Single().Value;
            customerId.ShouldBe(attributes.Elements.Single(e => Equals(e.Key.Value, "user")).Value);
            var userNumber = int.Parse(((string)((ScalarValue)customerId).Value!)["user-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            logEvent.Properties["MpScopeUserAttributes"].ShouldBeOfType<DictionaryValue>().Elements.Single().Value.ShouldBe(new ScalarValue(userNumber));
        }

        events.GroupBy(e => e.Properties["MpUserIdentities"].ToString()).Count().ShouldBe(Users);
    }

    [Theory]
    [MemberData(nameof(Wirings))]
    public void UserAttributesSetInsideAUserScopeKeepTheirValues(SerilogWiring wiring)
    {
        using var capture = new SerilogCapture(wiring: wiring);
        var logger = capture.Logger;

        using (logger.BeginMparticleUser(Some.Ann(), new Dictionary<string, object?> { ["plan"] = "gold" }))
            logger.LogUserAttributes(new Dictionary<string, object?> { ["plan"] = "platinum" });

        UserOf(capture.Single()).ShouldBe(SerilogCapture.Json(
            """
            {
              "MpId": null,
              "MpScopeUserAttributes": {"plan": "gold"},
              "MpUserAttributes": {"plan": "platinum"},
              "MpUserIdentities": {"CustomerId": "ann", "Email": "ann@example.com"}
            }
            """));
    }

    [Fact]
    public void UserAttributesToSetAndToRemoveAreWrittenTogether()
    {
        using var capture = new SerilogCapture();

        capture.Logger.LogUserAttributes(new Dictionary<string, object?> { ["plan"] = "gold", ["tags"] = new List<string> { "a", "b" } }, ["trial_end"]);

        var logEvent = capture.Single();
        logEvent.MessageTemplate.Text.ShouldBe("mParticle user attributes {@MpUserAttributes} removed {@MpDeletedUserAttributes}");
        logEvent.RenderMessage().ShouldBe("""mParticle user attributes [("plan": "gold"), ("tags": ["a", "b"])] removed ["trial_end"]""");
        SerilogCapture.Properties(logEvent).ShouldBe(SerilogCapture.Json(
            """
            {
              "EventId": {"Id": 28007, "Name": "MparticleUserAttributes"},
              "MpDeletedUserAttributes": ["trial_end"],
              "MpEventType": "user_attribute_change",
              "MpUserAttributes": {"plan": "gold", "tags": ["a", "b"]},
              "SourceContext": "Shop.Checkout"
            }
            """));
    }

    [Fact]
    public void UserAttributesCanBeOnlySetOrOnlyRemoved()
    {
        using var capture = new SerilogCapture();

        capture.Logger.LogUserAttributes(new Dictionary<string, object?> { ["plan"] = "gold" });
        capture.Logger.LogUserAttributes(null, ["plan"]);

        capture.Events.Select(e => (e.MessageTemplate.Text, string.Join(",", e.Properties.Keys.Order(StringComparer.Ordinal)))).ShouldBe(
        [
            ("mParticle user attributes {@MpUserAttributes}", "EventId,MpEventType,MpUserAttributes,SourceContext"),
            ("mParticle user attributes removed {@MpDeletedUserAttributes}", "EventId,MpDeletedUserAttributes,MpEventType,SourceContext"),
        ]);
    }

    [Fact]
    public void AUserScopeNeedsIdentities()
    {
        using var capture = new SerilogCapture();

        Should.Throw<ArgumentNullException>(() => capture.Logger.BeginMparticleUser(null!)).ParamName.ShouldBe("identities");
    }
}
