using Mparticle;
using Serilog.Sinks.Mparticle.Mapping;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Mapping;

public class RuleTests
{
    static MapperHarness With(params MparticleMappingRule[] rules) => new(o =>
    {
        foreach (var rule in rules)
            o.Rules.Add(rule);
    });

    [Fact]
    public void AMessageTemplateRuleTurnsAnExistingLogCallIntoANamedTransaction()
    {
        var harness = With(new MparticleMappingRule
        {
            MessageTemplate = "Order {OrderId} placed by {UserId} for {Total}",
            EventName = "Order Placed",
            EventType = "transaction",
        });

        var mapping = harness.MapOne(Some.LogEvent("Order {OrderId} placed by {UserId} for {Total}", 1001, "c-42", 99.5m));

        var appEvent = mapping.Event.ShouldBeOfType<AppEvent>();
        appEvent.EventName.ShouldBe("Order Placed");
        appEvent.CustomEventType.ShouldBe(CustomEventType.Transaction);
        mapping.Identities.CustomerId.ShouldBe("c-42");
        appEvent.CustomAttributes["OrderId"].ShouldBe((AttributeValue)1001);
        appEvent.CustomAttributes["Total"].ShouldBe((AttributeValue)99.5m);
        appEvent.CustomAttributes.Count.ShouldBe(2);
    }

    [Fact]
    public void AMessageTemplateRuleDoesNotMatchOtherTemplates()
    {
        var harness = With(new MparticleMappingRule { MessageTemplate = "Order {OrderId} placed by {UserId}" });

        harness.Map(Some.LogEvent("Order {OrderId} cancelled by {UserId}", 1, "c")).ShouldBeNull();
    }

    [Fact]
    public void AnEventIdRuleMatchesTheEventIdNameAndDefaultsTheNameToIt()
    {
        var harness = With(new MparticleMappingRule { EventId = "CartViewed", EventType = "navigation" });

        var mapping = harness.MapOne(Some.LogEvent(
            l => l.ForContext("EventId", new { Id = 5, Name = "CartViewed" }, destructureObjects: true),
            "Cart viewed by {UserId}", "u1"));

        mapping.Event.ShouldBeOfType<AppEvent>().EventName.ShouldBe("CartViewed");
        mapping.Event.ShouldBeOfType<AppEvent>().CustomEventType.ShouldBe(CustomEventType.Navigation);
    }

    [Fact]
    public void ASourceContextRuleMatchesTheContextAndItsChildrenOnly()
    {
        var harness = With(new MparticleMappingRule { SourceContext = "Shop", EventName = "Shop activity" });

        harness.Map(Some.LogEvent(l => l.ForContext("SourceContext", "Shop"), "Hello {UserId}", "u")).ShouldNotBeNull();
        harness.Map(Some.LogEvent(l => l.ForContext("SourceContext", "Shop.Orders"), "Hello {UserId}", "u")).ShouldNotBeNull();
        harness.Map(Some.LogEvent(l => l.ForContext("SourceContext", "Shopping"), "Hello {UserId}", "u")).ShouldBeNull();
    }

    [Fact]
    public void AHasPropertyRuleMatchesWhenThePropertyIsPresent()
    {
        var harness = With(new MparticleMappingRule { HasProperty = "CouponCode", EventName = "Coupon used" });

        harness.Map(Some.LogEvent("Applied {CouponCode} for {UserId}", "SPRING", "u")).ShouldNotBeNull();
        harness.Map(Some.LogEvent("Nothing applied for {UserId}", "u")).ShouldBeNull();
    }

    [Fact]
    public void AMatchExpressionIsAnySerilogExpression()
    {
        var harness = With(new MparticleMappingRule { Match = "Total > 100 and SourceContext like 'Shop.%'", EventName = "Big order" });

        harness.Map(Some.LogEvent(l => l.ForContext("SourceContext", "Shop.Orders"), "Paid {Total} {UserId}", 150, "u")).ShouldNotBeNull();
        harness.Map(Some.LogEvent(l => l.ForContext("SourceContext", "Shop.Orders"), "Paid {Total} {UserId}", 50, "u")).ShouldBeNull();
    }

    [Fact]
    public void AllConditionsOfARuleMustHold()
    {
        var harness = With(new MparticleMappingRule { SourceContext = "Shop", HasProperty = "Total", EventName = "x" });

        harness.Map(Some.LogEvent(l => l.ForContext("SourceContext", "Shop"), "Hello {UserId}", "u")).ShouldBeNull();
        harness.Map(Some.LogEvent(l => l.ForContext("SourceContext", "Shop"), "Paid {Total} {UserId}", 1, "u")).ShouldNotBeNull();
    }

    [Fact]
    public void TemplateTextWithQuotesIsMatchedLiterally()
    {
        var harness = With(new MparticleMappingRule { MessageTemplate = "User's {UserId} cart isn't empty" });

        harness.Map(Some.LogEvent("User's {UserId} cart isn't empty", "u")).ShouldNotBeNull();
    }

    [Fact]
    public void ARuleCanNameItsOwnIdentityPropertiesAndAttributes()
    {
        var harness = With(new MparticleMappingRule
        {
            MessageTemplate = "Member {MemberNo} renewed {Plan} via {Channel}",
            EventName = "Renewed",
            Identities = { ["MemberNo"] = "other_id_3" },
            Attributes = ["Plan"],
        });

        var mapping = harness.MapOne(Some.LogEvent("Member {MemberNo} renewed {Plan} via {Channel}", "m-9", "gold", "web"));

        mapping.Identities.OtherId3.ShouldBe("m-9");
        mapping.Event!.CustomAttributes.Keys.ShouldBe(["Plan"]);
    }

    [Fact]
    public void ARulesOwnIdentitiesNameTheUserAloneEvenInsideAUserScope()
    {
        var harness = With(new MparticleMappingRule
        {
            MessageTemplate = "Member {MemberNo} renewed",
            Identities = { ["MemberNo"] = "other_id_3" },
        });

        using (Serilog.Context.LogContext.PushProperty(MparticleProperties.MpUserIdentities, new UserIdentities { CustomerId = "admin" }, destructureObjects: true))
        using (Serilog.Context.LogContext.PushProperty(MparticleProperties.MpId, 42L))
        {
            var mapping = harness.MapOne(Some.LogEvent("Member {MemberNo} renewed", "m-9"));

            // Not blended with the scope's user: that would link the admin's and the member's identities in mParticle.
            mapping.Identities.OtherId3.ShouldBe("m-9");
            mapping.Identities.CustomerId.ShouldBeNull();
            mapping.Mpid.ShouldBeNull();
        }
    }

    [Fact]
    public void ARuleWhoseIdentityPropertyIsMissingLeavesTheScopesUser()
    {
        var harness = With(new MparticleMappingRule
        {
            MessageTemplate = "Renewed {Plan}",
            Identities = { ["MemberNo"] = "other_id_3" },
        });

        using (Serilog.Context.LogContext.PushProperty(MparticleProperties.MpUserIdentities, new UserIdentities { CustomerId = "scope" }, destructureObjects: true))
        {
            var mapping = harness.MapOne(Some.LogEvent("Renewed {Plan}", "gold"));

            mapping.Identities.CustomerId.ShouldBe("scope");
            mapping.Identities.OtherId3.ShouldBeNull();
        }
    }

    [Fact]
    public void TheFirstMatchingRuleWins()
    {
        var harness = With(
            new MparticleMappingRule { HasProperty = "UserId", EventName = "First" },
            new MparticleMappingRule { HasProperty = "UserId", EventName = "Second" });

        harness.MapOne(Some.LogEvent("Hi {UserId}", "u")).Event.ShouldBeOfType<AppEvent>().EventName.ShouldBe("First");
    }

    [Fact]
    public void TheMarkerWinsOverRules()
    {
        var harness = With(new MparticleMappingRule { HasProperty = "UserId", EventName = "From rule", EventType = "social" });

        var appEvent = harness.MapOne(Some.LogEvent("{MpEventType} {MpEventName} {UserId}", "search", "From marker", "u"))
            .Event.ShouldBeOfType<AppEvent>();

        appEvent.EventName.ShouldBe("From marker");
        appEvent.CustomEventType.ShouldBe(CustomEventType.Search);
    }

    [Fact]
    public void ARuleCanMakeAScreenView()
    {
        var harness = With(new MparticleMappingRule { MessageTemplate = "Rendered {Page} for {UserId}", EventType = "screen_view", EventName = "Page" });

        harness.MapOne(Some.LogEvent("Rendered {Page} for {UserId}", "home", "u")).Event.ShouldBeOfType<ScreenViewEvent>().ScreenName.ShouldBe("Page");
    }

    [Fact]
    public void ARuleWithoutAConditionFailsConfiguration()
    {
        Should.Throw<ArgumentException>(() => With(new MparticleMappingRule { EventName = "x" }))
            .Message.ShouldContain("rule 0 has no condition");
    }

    [Fact]
    public void ARuleWithAnInvalidExpressionFailsConfigurationNamingIt()
    {
        Should.Throw<ArgumentException>(() => With(new MparticleMappingRule { Match = "Total >" }))
            .Message.ShouldContain("Total >");
    }

    [Fact]
    public void ARuleWithAnUnknownFunctionFailsConfigurationNamingIt()
    {
        Should.Throw<ArgumentException>(() => With(new MparticleMappingRule { Match = "Has(UserId)" }))
            .Message.ShouldStartWith("mParticle mapping rule 0 has an invalid condition `(Has(UserId))`: The function name `Has` was not recognized");
    }

    [Fact]
    public void ARuleWithAnUnknownEventTypeFailsConfiguration()
    {
        Should.Throw<ArgumentException>(() => With(new MparticleMappingRule { HasProperty = "X", EventType = "purchase-ish" }))
            .Message.ShouldContain("purchase-ish");
    }

    [Fact]
    public void ShorthandsCompileToTheExpectedExpression()
    {
        RuleCompiler.BuildCondition(new MparticleMappingRule
        {
            MessageTemplate = "It's {X}",
            EventId = "E",
            SourceContext = "A.B",
            HasProperty = "Odd Name",
        }).ShouldBe(
            "@mt = 'It''s {X}' and (EventId.Name = 'E' or EventId = 'E') and (SourceContext = 'A.B' or SourceContext like 'A.B.%') and IsDefined(@p['Odd Name'])");
    }
}
