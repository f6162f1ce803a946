using Mparticle;
using Serilog.Context;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Mapping;

public class ConventionTests
{
    readonly MapperHarness _harness = new();

    [Fact]
    public void ALogEventWithoutMarkerOrMatchingRuleIsNotAnMparticleEvent()
    {
        _harness.Map(Some.LogEvent("Cache warmed in {Elapsed} ms for {UserId}", 12, "u1")).ShouldBeNull();

        _harness.Counters[SinkCounter.LogEventsIgnored].ShouldBe(1);
        _harness.Counters[SinkCounter.LogEventsMapped].ShouldBe(0);
    }

    [Theory]
    [InlineData("navigation", CustomEventType.Navigation)]
    [InlineData("location", CustomEventType.Location)]
    [InlineData("search", CustomEventType.Search)]
    [InlineData("transaction", CustomEventType.Transaction)]
    [InlineData("user_content", CustomEventType.UserContent)]
    [InlineData("UserPreference", CustomEventType.UserPreference)]
    [InlineData("social", CustomEventType.Social)]
    [InlineData("other", CustomEventType.Other)]
    [InlineData("media", CustomEventType.Media)]
    [InlineData("attribution", CustomEventType.Attribution)]
    [InlineData("custom_event", CustomEventType.Other)]
    public void TheMarkerMakesACustomEventOfTheTypeItNames(string marker, CustomEventType expected)
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {MpEventName}", marker, "Viewed cart"));

        var appEvent = mapping.Event.ShouldBeOfType<AppEvent>();
        appEvent.CustomEventType.ShouldBe(expected);
        appEvent.EventName.ShouldBe("Viewed cart");
    }

    [Fact]
    public void ACustomEventTypeValueIsAcceptedAsTheMarker()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {MpEventName}", CustomEventType.Social, "Shared"));

        mapping.Event.ShouldBeOfType<AppEvent>().CustomEventType.ShouldBe(CustomEventType.Social);
    }

    [Fact]
    public void AnUnknownEventTypeIsSentAsOtherAndCounted()
    {
        var mapping = _harness.MapOne(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{MpEventType} happened", "telepathy"));

        mapping.Event.ShouldBeOfType<AppEvent>().CustomEventType.ShouldBe(CustomEventType.Other);
        _harness.Counters[SinkCounter.UnknownEventTypes].ShouldBe(1);
    }

    [Fact]
    public void WithoutMpEventNameTheEventIdNameIsTheName()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext("EventId", new { Id = 12, Name = "CheckoutStarted" }, destructureObjects: true),
            "{MpEventType} checkout started", "transaction"));

        mapping.Event.ShouldBeOfType<AppEvent>().EventName.ShouldBe("CheckoutStarted");
    }

    [Fact]
    public void WithoutMpEventNameOrEventIdTheTemplateTextIsTheName()
    {
        var mapping = _harness.MapOne(Some.LogEvent(l => l.ForContext("UserId", "u1"), "{MpEventType} Signed up", "other"));

        mapping.Event.ShouldBeOfType<AppEvent>().EventName.ShouldBe("{MpEventType} Signed up");
    }

    [Fact]
    public void TheEventTimeIsTheLogEventTimestamp()
    {
        var mapping = _harness.MapOne(Some.AppEvent("Opened", "u1"));

        mapping.Event!.TimestampUnixtimeMs.ShouldBe(Some.Timestamp.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void ConfiguredPropertiesGiveTheIdentitiesAndDoNotBecomeAttributes()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            "{MpEventType} by {UserId} ({Email})", "navigation", "c-17", "ann@example.com"));

        mapping.Identities.CustomerId.ShouldBe("c-17");
        mapping.Identities.Email.ShouldBe("ann@example.com");
        mapping.Event!.CustomAttributes.Keys.ShouldNotContain("UserId");
        mapping.Event.CustomAttributes.Keys.ShouldNotContain("Email");
    }

    [Fact]
    public void ADestructuredUserIdentitiesObjectGivesTheIdentities()
    {
        var identities = new UserIdentities { CustomerId = "c-1", Email = "a@example.com", OtherId2 = "x-2", MobileNumber = "+100" };

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext(MparticleProperties.MpUserIdentities, identities, destructureObjects: true),
            "{MpEventType} {MpEventName}", "search", "Searched"));

        mapping.Identities.CustomerId.ShouldBe("c-1");
        mapping.Identities.Email.ShouldBe("a@example.com");
        mapping.Identities.OtherId2.ShouldBe("x-2");
        mapping.Identities.MobileNumber.ShouldBe("+100");
    }

    [Fact]
    public void ADictionaryWithMparticleIdentityNamesGivesTheIdentities()
    {
        var identities = new Dictionary<string, string> { ["customer_id"] = "c-9", ["other_id_10"] = "ten", ["phone_number_3"] = "p3" };

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext(MparticleProperties.MpUserIdentities, identities, destructureObjects: true),
            "{MpEventType}", "search"));

        mapping.Identities.CustomerId.ShouldBe("c-9");
        mapping.Identities.OtherId10.ShouldBe("ten");
        mapping.Identities.PhoneNumber3.ShouldBe("p3");
    }

    [Fact]
    public void MpIdGivesTheMpid()
    {
        var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} for {MpId}", "navigation", -4242424242L));

        mapping.Mpid.ShouldBe(-4242424242L);
    }

    [Fact]
    public void AUserScopesIdentitiesWinOverIdentityPropertiesMatchedByName()
    {
        using (LogContext.PushProperty(MparticleProperties.MpUserIdentities, new UserIdentities { CustomerId = "scope", Email = "scope@example.com" }, destructureObjects: true))
        {
            var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} by {UserId} to {Email}", "navigation", "admin-7", "friend@example.com"));

            mapping.Identities.CustomerId.ShouldBe("scope");
            mapping.Identities.Email.ShouldBe("scope@example.com");
        }
    }

    [Fact]
    public void IdentityPropertiesDoNotAddToAUserTheScopeNamesOtherwise()
    {
        // The scope names the user by customer_id only: an Email in the log line may be anyone's, so it is not blended in.
        using (LogContext.PushProperty(MparticleProperties.MpUserIdentities, new Dictionary<string, string> { ["customer_id"] = "scope" }, destructureObjects: true))
        {
            var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} invited {Email}", "social", "friend@example.com"));

            mapping.Identities.CustomerId.ShouldBe("scope");
            mapping.Identities.Email.ShouldBeNull();
            mapping.Event!.CustomAttributes.Keys.ShouldNotContain("Email");
        }
    }

    [Fact]
    public void AnMpidAloneNamesTheUserToo()
    {
        var mapping = _harness.MapOne(Some.LogEvent(l => l.ForContext(MparticleProperties.MpId, 42L), "{MpEventType} by {UserId}", "navigation", "u1"));

        mapping.Mpid.ShouldBe(42L);
        mapping.Identities.CustomerId.ShouldBeNull();
    }

    [Fact]
    public void AScopeWithoutUsableIdentitiesLeavesTheIdentityPropertiesInCharge()
    {
        using (LogContext.PushProperty(MparticleProperties.MpUserIdentities, new Dictionary<string, string> { ["customer_id"] = "", ["shoe_size"] = "42" }, destructureObjects: true))
        {
            var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} by {UserId}", "navigation", "call"));

            mapping.Identities.CustomerId.ShouldBe("call");
        }
    }

    [Fact]
    public void RemainingScalarPropertiesBecomeAttributesWithTheirJsonTypes()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"),
            "{MpEventType} {MpEventName} {Plan} {Seats} {Price} {Ratio} {Trial} {Missing}",
            "transaction", "Upgraded", "gold", 3, 9.99m, 0.5, true, null));

        var attributes = mapping.Event!.CustomAttributes;
        attributes["Plan"].ShouldBe((AttributeValue)"gold");
        attributes["Seats"].ShouldBe((AttributeValue)3);
        attributes["Price"].ShouldBe((AttributeValue)9.99m);
        attributes["Ratio"].ShouldBe((AttributeValue)0.5);
        attributes["Trial"].ShouldBe((AttributeValue)true);
        attributes["Missing"].IsNull.ShouldBeTrue();
        attributes.Keys.ShouldNotContain(MparticleProperties.MpEventType);
        attributes.Keys.ShouldNotContain(MparticleProperties.MpEventName);
    }

    [Fact]
    public void HousekeepingPropertiesAndStructuresAreNotAttributes()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext("SourceContext", "Shop.Cart").ForContext("RequestId", "r-1")
                .ForContext("TraceId", "t").ForContext("Order", new { Id = 1, Lines = 2 }, destructureObjects: true)
                .ForContext("Tags", new[] { "a", "b" }),
            "{MpEventType} {Kept}", "navigation", "yes"));

        mapping.Event!.CustomAttributes.Keys.ShouldBe(["Kept"]);
    }

    [Fact]
    public void MpAttributesGivesTheAttributesExplicitly()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"),
            "{MpEventType} {MpEventName} {@MpAttributes}", "navigation", "Example",
            new Dictionary<string, object?> { ["foo"] = "bar", ["count"] = 2, ["SourceContext"] = "explicit" }));

        var attributes = mapping.Event!.CustomAttributes;
        attributes["foo"].ShouldBe((AttributeValue)"bar");
        attributes["count"].ShouldBe((AttributeValue)2);
        attributes["SourceContext"].ShouldBe((AttributeValue)"explicit");
    }

    [Theory]
    [InlineData("Password")]
    [InlineData("password_hash")]
    [InlineData("AccessToken")]
    [InlineData("api_key")]
    [InlineData("ApiSecret")]
    [InlineData("Authorization")]
    [InlineData("SetCookie")]
    [InlineData("client-credential")]
    [InlineData("CreditCardNumber")]
    public void PropertiesThatLookLikeSecretsAreNeverAttributes(string name)
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(name, "s3cr3t"),
            "{MpEventType} {@MpAttributes}", "navigation", new Dictionary<string, string> { [name] = "s3cr3t" }));

        mapping.Event!.CustomAttributes.Keys.ShouldNotContain(name);
    }

    [Fact]
    public void ConfiguredExcludedAttributesAddToTheSecretList()
    {
        var harness = new MapperHarness(o => o.ExcludedAttributes.Add("ssn"));

        var mapping = harness.MapOne(Some.LogEvent("{MpEventType} {UserId} {CustomerSsn} {Token}", "navigation", "u", "1-2-3", "t"));

        mapping.Event!.CustomAttributes.ShouldBeEmpty();
    }

    [Fact]
    public void AnIncludeListWinsOverTheExcludeListsAndLeavesOutEverythingElse()
    {
        var harness = new MapperHarness(o => o.IncludedAttributes = ["Plan", "TokenCount"]);

        var mapping = harness.MapOne(Some.LogEvent(
            "{MpEventType} {UserId} {Plan} {TokenCount} {Other}", "navigation", "u", "gold", 12, "dropped"));

        mapping.Event!.CustomAttributes.Keys.OrderBy(k => k).ShouldBe(["Plan", "TokenCount"]);
    }

    [Fact]
    public void MpSourceMessageIdAndMpCustomFlagsAreCarriedOver()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpCustomFlags, new Dictionary<string, string> { ["Google.Category"] = "shop" }, destructureObjects: true),
            "{MpEventType} {MpSourceMessageId}", "navigation", "msg-1"));

        mapping.Event!.SourceMessageId.ShouldBe("msg-1");
        mapping.Event.CustomFlags["Google.Category"].ShouldBe((AttributeValue)"shop");
    }

    [Fact]
    public void AScreenViewIsNamedByMpEventName()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {MpEventName} {Referrer}", "screen_view", "Checkout", "cart"));

        var screenView = mapping.Event.ShouldBeOfType<ScreenViewEvent>();
        screenView.ScreenName.ShouldBe("Checkout");
        screenView.CustomAttributes["Referrer"].ShouldBe((AttributeValue)"cart");
    }

    [Fact]
    public void ASessionStartCarriesTheSessionUuid()
    {
        var session = Guid.Parse("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {MpSessionId}", "session_start", session));

        var start = mapping.Event.ShouldBeOfType<SessionStartEvent>();
        start.SessionUuid.ShouldBe("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        start.SessionId.ShouldBeNull();
    }

    [Fact]
    public void AnIntegerSessionIdIsTheSessionId()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {MpSessionId}", "session_start", 77L));

        mapping.Event!.SessionId.ShouldBe(77L);
        mapping.Event.SessionUuid.ShouldBeNull();
    }

    [Fact]
    public void ASessionEndCarriesItsDurationInMillisecondsOrAsATimeSpan()
    {
        var inMs = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {MpSessionId} {MpSessionDurationMs}", "session_end", "s-1", 90_000));
        var asTimeSpan = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {MpSessionId} {MpSessionDurationMs}", "session_end", "s-1", TimeSpan.FromMinutes(2)));

        inMs.Event.ShouldBeOfType<SessionEndEvent>().SessionDurationMs.ShouldBe(90_000);
        inMs.Event!.SessionUuid.ShouldBe("s-1");
        asTimeSpan.Event.ShouldBeOfType<SessionEndEvent>().SessionDurationMs.ShouldBe(120_000);
    }

    [Theory]
    [InlineData("install", ApplicationTransitionType.ApplicationInitialized, true, false)]
    [InlineData("upgrade", ApplicationTransitionType.ApplicationInitialized, false, true)]
    [InlineData("initialized", ApplicationTransitionType.ApplicationInitialized, null, null)]
    [InlineData("foreground", ApplicationTransitionType.ApplicationForeground, null, null)]
    [InlineData("application_background", ApplicationTransitionType.ApplicationBackground, null, null)]
    [InlineData("exit", ApplicationTransitionType.ApplicationExit, null, null)]
    public void AnApplicationStateTransitionFollowsMpTransitionType(string value, ApplicationTransitionType expected, bool? firstRun, bool? upgrade)
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1"), "{MpEventType} {MpTransitionType}", "application_state_transition", value));

        var transition = mapping.Event.ShouldBeOfType<ApplicationStateTransitionEvent>();
        transition.ApplicationTransitionType.ShouldBe(expected);
        transition.IsFirstRun.ShouldBe(firstRun);
        transition.IsUpgrade.ShouldBe(upgrade);
    }

    [Fact]
    public void AUserAttributeChangeHasNoEventOnlyUserAttributes()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1")
                .ForContext(MparticleProperties.MpUserAttributes, new Dictionary<string, object> { ["plan"] = "gold", ["seats"] = 3, ["tags"] = new[] { "a", "b" } }, destructureObjects: true)
                .ForContext(MparticleProperties.MpDeletedUserAttributes, new[] { "trial" }),
            "{MpEventType}", "user_attribute_change"));

        mapping.Event.ShouldBeNull();
        mapping.UserAttributes["plan"].ShouldBe((UserAttributeValue)"gold");
        mapping.UserAttributes["seats"].ShouldBe((UserAttributeValue)3);
        mapping.UserAttributes["tags"].TryGetList(out var tags).ShouldBeTrue();
        tags.ShouldBe(["a", "b"]);
        mapping.DeletedUserAttributes.ShouldBe(["trial"]);
    }

    [Fact]
    public void AScopesUserAttributesAreReadFirstAndTheCallsOwnWin()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1")
                .ForContext(MparticleProperties.MpScopeUserAttributes, new Dictionary<string, object> { ["plan"] = "free", ["city"] = "Oslo" }, destructureObjects: true)
                .ForContext(MparticleProperties.MpUserAttributes, new Dictionary<string, object> { ["plan"] = "gold" }, destructureObjects: true),
            "{MpEventType}", "user_attribute_change"));

        mapping.UserAttributes["plan"].ShouldBe((UserAttributeValue)"gold");
        mapping.UserAttributes["city"].ShouldBe((UserAttributeValue)"Oslo");
    }

    [Fact]
    public void ScopeUserAttributesOnAnOrdinaryLogEventAreIgnored()
    {
        var logEvent = Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpScopeUserAttributes, new Dictionary<string, object> { ["plan"] = "gold" }, destructureObjects: true),
            "Rendering page {Page}", "home");

        _harness.Map(logEvent).ShouldBeNull();
    }

    [Fact]
    public void DeviceInformationComesFromADestructuredObjectOrADictionaryOfJsonNames()
    {
        var fromObject = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpDeviceInfo,
                new DeviceInformation { Platform = Platform.Android, OsVersion = "14", ScreenWidth = 1080, IsTablet = false, AndroidAdvertisingId = "a-1" },
                destructureObjects: true),
            "{MpEventType}", "navigation"));
        var fromDictionary = _harness.MapOne(Some.LogEvent(
            l => l.ForContext("UserId", "u1").ForContext(MparticleProperties.MpDeviceInfo,
                new Dictionary<string, object> { ["platform"] = "iOS", ["os_version"] = "17.1", ["screen_height"] = 2556, ["is_dst"] = true },
                destructureObjects: true),
            "{MpEventType}", "navigation"));

        fromObject.DeviceInfo!.Platform.ShouldBe(Platform.Android);
        fromObject.DeviceInfo.OsVersion.ShouldBe("14");
        fromObject.DeviceInfo.ScreenWidth.ShouldBe(1080);
        fromObject.DeviceInfo.IsTablet.ShouldBe(false);
        fromObject.DeviceInfo.AndroidAdvertisingId.ShouldBe("a-1");
        fromDictionary.DeviceInfo!.Platform.ShouldBe(Platform.IOS);
        fromDictionary.DeviceInfo.OsVersion.ShouldBe("17.1");
        fromDictionary.DeviceInfo.ScreenHeight.ShouldBe(2556);
        fromDictionary.DeviceInfo.IsDst.ShouldBe(true);
    }

    [Fact]
    public void AnEventWithoutAnyIdentityIsDroppedAndCounted()
    {
        _harness.Map(Some.LogEvent("{MpEventType} {MpEventName}", "navigation", "Anonymous")).ShouldBeNull();

        _harness.Counters[SinkCounter.DroppedWithoutIdentity].ShouldBe(1);
        _harness.Counters[SinkCounter.LogEventsMapped].ShouldBe(0);
    }

    [Fact]
    public void AConfiguredFallbackIdentityAttributesEventsWithoutIdentity()
    {
        var harness = new MapperHarness(o => o.FallbackIdentities["other"] = "server");

        var mapping = harness.MapOne(Some.LogEvent("{MpEventType} {MpEventName}", "navigation", "Anonymous"));
        var identified = harness.MapOne(Some.LogEvent("{MpEventType} {UserId}", "navigation", "u1"));

        mapping.Identities.Other.ShouldBe("server");
        identified.Identities.Other.ShouldBeNull();
        harness.Counters[SinkCounter.DroppedWithoutIdentity].ShouldBe(0);
    }

    [Fact]
    public void AnUnknownIdentityNameFailsConfiguration()
    {
        var exception = Should.Throw<ArgumentException>(() => new MapperHarness(o => o.IdentityProperties["Login"] = "username"));

        exception.Message.ShouldContain("Login");
        exception.Message.ShouldContain("username");
    }

    [Fact]
    public void AnEmptyIdentityNameRemovesADefaultIdentityProperty()
    {
        var harness = new MapperHarness(o => o.IdentityProperties["Email"] = "");

        var mapping = harness.MapOne(Some.LogEvent("{MpEventType} {UserId} {Email}", "navigation", "u1", "a@example.com"));

        mapping.Identities.Email.ShouldBeNull();
        mapping.Event!.CustomAttributes["Email"].ShouldBe((AttributeValue)"a@example.com");
    }
}
