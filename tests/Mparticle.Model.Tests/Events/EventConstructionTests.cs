namespace Mparticle.Tests.Events;

/// <summary>Constructors, factories and guards of the event classes.</summary>
public class EventConstructionTests
{
    [Fact]
    public void TheInstallAndUpgradeFactoriesFollowMparticlesRecipes()
    {
        var install = ApplicationStateTransitionEvent.CreateInstallEvent();
        install.ApplicationTransitionType.ShouldBe(ApplicationTransitionType.ApplicationInitialized);
        install.IsFirstRun.ShouldBe(true);
        install.IsUpgrade.ShouldBe(false);

        var upgrade = ApplicationStateTransitionEvent.CreateUpgradeEvent();
        upgrade.ApplicationTransitionType.ShouldBe(ApplicationTransitionType.ApplicationInitialized);
        upgrade.IsFirstRun.ShouldBe(false);
        upgrade.IsUpgrade.ShouldBe(true);

        ApplicationStateTransitionEvent.CreateForegroundEvent().ApplicationTransitionType.ShouldBe(ApplicationTransitionType.ApplicationForeground);
        ApplicationStateTransitionEvent.CreateBackgroundEvent().ApplicationTransitionType.ShouldBe(ApplicationTransitionType.ApplicationBackground);
        ApplicationStateTransitionEvent.CreateExitEvent().ApplicationTransitionType.ShouldBe(ApplicationTransitionType.ApplicationExit);
        ApplicationStateTransitionEvent.CreateForegroundEvent().IsFirstRun.ShouldBeNull();
    }

    [Fact]
    public void EveryEventReportsItsEventType()
    {
        new AppEvent("e", CustomEventType.Media).EventType.ShouldBe(EventType.CustomEvent);
        new CommerceEvent(new PromotionAction(PromotionActionType.View)).EventType.ShouldBe(EventType.CommerceEvent);
        new ScreenViewEvent("s").EventType.ShouldBe(EventType.ScreenView);
        new SessionStartEvent().EventType.ShouldBe(EventType.SessionStart);
        new SessionEndEvent().EventType.ShouldBe(EventType.SessionEnd);
        new CrashReportEvent().EventType.ShouldBe(EventType.CrashReport);
        new BreadcrumbEvent("b").EventType.ShouldBe(EventType.Breadcrumb);
        new NetworkPerformanceEvent("u").EventType.ShouldBe(EventType.NetworkPerformance);
        new OptOutEvent().EventType.ShouldBe(EventType.OptOut);
        new PushRegistrationEvent("t", true).EventType.ShouldBe(EventType.PushRegistration);
        new PushMessageEvent(PushMessageType.Sent, "t", "{}").EventType.ShouldBe(EventType.PushMessage);
        new UninstallEvent().EventType.ShouldBe(EventType.Uninstall);
        new FirstRunEvent().EventType.ShouldBe(EventType.FirstRun);
        new ProfileEvent(ProfileEventType.Signup).EventType.ShouldBe(EventType.Profile);
        new UserAttributeChangeEvent("a").EventType.ShouldBe(EventType.UserAttributeChange);
        new UserIdentityChangeEvent(null, null).EventType.ShouldBe(EventType.UserIdentityChange);
    }

    [Fact]
    public void ConstructorsGuardTheirArgumentsWithClearMessages()
    {
        Should.Throw<ArgumentNullException>(() => new AppEvent(null!, CustomEventType.Other)).ParamName.ShouldBe("eventName");
        Should.Throw<ArgumentException>(() => new AppEvent("", CustomEventType.Other)).Message.ShouldContain("cannot be empty");
        Should.Throw<ArgumentNullException>(() => new ScreenViewEvent(null!)).ParamName.ShouldBe("screenName");
        Should.Throw<ArgumentException>(() => new ScreenViewEvent("")).ParamName.ShouldBe("screenName");
        Should.Throw<ArgumentNullException>(() => new BreadcrumbEvent(null!)).ParamName.ShouldBe("label");
        Should.Throw<ArgumentNullException>(() => new NetworkPerformanceEvent(null!)).ParamName.ShouldBe("url");
        Should.Throw<ArgumentNullException>(() => new PushRegistrationEvent(null!, true)).ParamName.ShouldBe("registrationToken");
        Should.Throw<ArgumentNullException>(() => new PushMessageEvent(PushMessageType.Sent, null!, "{}")).ParamName.ShouldBe("pushMessageToken");
        Should.Throw<ArgumentNullException>(() => new PushMessageEvent(PushMessageType.Sent, "t", null!)).ParamName.ShouldBe("pushNotificationPayload");
        Should.Throw<ArgumentNullException>(() => new UserAttributeChangeEvent(null!)).ParamName.ShouldBe("userAttributeName");
    }

    [Fact]
    public void AnUndefinedEnumerationValueCannotBeWritten()
    {
        var e = new AppEvent("e", (CustomEventType)99);
        Should.Throw<ArgumentOutOfRangeException>(() => MparticleJson.Serialize(new Batch { Events = { e } })).Message.ShouldContain("99 is not a defined CustomEventType value");
    }

    [Fact]
    public void ANullEventInTheBatchIsReportedWithItsIndex()
    {
        var batch = new Batch { Events = { new UninstallEvent(), null! } };
        Should.Throw<ArgumentException>(() => MparticleJson.Serialize(batch)).Message.ShouldContain("Batch.Events[1] is null");
    }
}
