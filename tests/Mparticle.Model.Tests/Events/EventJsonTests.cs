using Mparticle.Tests.Support;

namespace Mparticle.Tests.Events;

/// <summary>Hand-written expected JSON for every event kind.</summary>
public class EventJsonTests
{
    [Fact]
    public void AnAppEventIsACustomEventEnvelope()
    {
        var e = new AppEvent("Example", CustomEventType.Navigation) { CustomAttributes = { ["foo"] = "bar" } };
        Wire.EnvelopeOf(e).ShouldBeJson("""
            { "event_type": "custom_event", "data": { "event_name": "Example", "custom_event_type": "navigation", "custom_attributes": { "foo": "bar" } } }
            """);
    }

    [Fact]
    public void EveryCommonDataFieldHasItsSchemaName()
    {
        Wire.DataOf(Some.Common(new UninstallEvent(), withSchemaConflicts: true)).ShouldBeJson("""
            {
              "timestamp_unixtime_ms": 1558388284107,
              "event_id": 6558165446704400378,
              "source_message_id": "84E1B361-A282-4ADF-8A6D-1D31E6DD5A9E",
              "session_id": -2271448330363288817,
              "session_uuid": "3fb44a79-df2d-446d-acf1-e87eda854ae1",
              "session_start_unixtime_ms": 1558388283107,
              "event_start_unixtime_ms": 0,
              "location": { "latitude": 0, "longitude": -122.4194, "accuracy": 10.5, "country_code": "US", "region_code": "CA", "city_name": "San Francisco", "postal_code": "94103", "dma_code": 807, "location_source": "lat_long" },
              "device_current_state": {
                "time_since_start_ms": 1259, "battery_level": -1, "data_connection_type": "wifi", "data_connection_type_detail": "5g", "gps_state": false,
                "total_system_memory_usage_bytes": 31917297664, "disk_space_free_bytes": 139796897792, "external_disk_space_free_bytes": 0, "cpu": "106",
                "system_memory_available_bytes": 72327168, "system_memory_low": false, "system_memory_threshold_bytes": 0,
                "application_memory_available_bytes": 0, "application_memory_max_bytes": 402653184, "application_memory_total_bytes": 140587008,
                "device_orientation": "portrait", "status_bar_orientation": "LandscapeLeft"
              },
              "is_goal_defined": false,
              "lifetime_value_change": true,
              "lifetime_value_attribute_name": "ltv",
              "data_connection_type": "wifi",
              "event_num": 0,
              "view_controller": "off_thread",
              "is_main_thread": false,
              "canonical_name": "com.example.Main",
              "event_system_notification_info": { "type": "gdpr_change" },
              "custom_attributes": { "text": "bar", "count": 3, "price": 19.99, "ratio": 0.25, "flag": false, "nothing": null },
              "custom_flags": { "Google.Category": "Shop" }
            }
            """);
    }

    [Fact]
    public void ACommerceEventWritesItsActionsImpressionsAndCart()
    {
        var e = new CommerceEvent(new ProductAction(ProductActionType.Purchase) { TransactionId = "T-1", TaxAmount = 1.50m })
        {
            PromotionAction = new PromotionAction(PromotionActionType.View),
            ProductImpressions = { new ProductImpression("Suggestions") },
            ShoppingCart = new ShoppingCart(),
            CurrencyCode = "EUR",
            ScreenName = "Checkout",
            IsNonInteractive = true,
            EventName = "Purchase",
            CustomEventType = CommerceEventType.RemoveFromWishlist,
        };
        Wire.EnvelopeOf(e).ShouldBeJson("""
            {
              "event_type": "commerce_event",
              "data": {
                "product_action": { "action": "purchase", "transaction_id": "T-1", "tax_amount": 1.50 },
                "promotion_action": { "action": "view" },
                "shopping_cart": { "products": [] },
                "currency_code": "EUR",
                "screen_name": "Checkout",
                "is_non_interactive": true,
                "event_name": "Purchase",
                "custom_event_type": "remove_from_wishlist",
                "product_impressions": [ { "product_impression_list": "Suggestions", "products": [] } ]
              }
            }
            """);
    }

    [Fact]
    public void AScreenView() =>
        Wire.EnvelopeOf(new ScreenViewEvent("Home") { ActivityType = "activity_started" })
            .ShouldBeJson("""{ "event_type": "screen_view", "data": { "screen_name": "Home", "activity_type": "activity_started" } }""");

    [Fact]
    public void ASessionStart() =>
        Wire.EnvelopeOf(new SessionStartEvent { SessionId = 42, SessionUuid = Some.Uuid })
            .ShouldBeJson($$"""{ "event_type": "session_start", "data": { "session_id": 42, "session_uuid": "{{Some.Uuid}}" } }""");

    [Fact]
    public void ASessionEndSendsAZeroDuration() =>
        Wire.EnvelopeOf(new SessionEndEvent { SessionDurationMs = 0 })
            .ShouldBeJson("""{ "event_type": "session_end", "data": { "session_duration_ms": 0 } }""");

    [Fact]
    public void AnApplicationStateTransitionWithEveryField()
    {
        var e = new ApplicationStateTransitionEvent(ApplicationTransitionType.ApplicationBackground)
        {
            SuccessfullyClosed = true,
            IsFirstRun = false,
            IsUpgrade = false,
            PushNotificationPayload = "{}",
            LaunchReferral = "https://example.com",
        };
        Wire.EnvelopeOf(e).ShouldBeJson("""
            {
              "event_type": "application_state_transition",
              "data": { "application_transition_type": "application_background", "successfully_closed": true, "is_first_run": false, "is_upgrade": false, "push_notification_payload": "{}", "launch_referral": "https://example.com" }
            }
            """);
    }

    [Fact]
    public void ACrashReportWritesItsBreadcrumbsAsBreadcrumbEnvelopes()
    {
        Wire.EnvelopeOf(Some.FullCrashReport()).ShouldBeJson("""
            {
              "event_type": "crash_report",
              "data": {
                "severity": "error",
                "message": "Example error",
                "class_name": "System.InvalidOperationException",
                "stack_trace": "at Example()",
                "exception_handled": false,
                "topmost_context": "Main",
                "pl_crash_report_file_base64": "UExDUg==",
                "ios_image_base_address": 18446744073709551615,
                "ios_image_size": 0,
                "session_number": 0,
                "breadcrumbs": [ { "event_type": "breadcrumb", "data": { "label": "Opened cart", "session_number": 1, "timestamp_unixtime_ms": 1558388284107 } } ]
              }
            }
            """);
    }

    [Fact]
    public void ABreadcrumb() =>
        Wire.EnvelopeOf(new BreadcrumbEvent("Opened cart") { SessionNumber = 0 })
            .ShouldBeJson("""{ "event_type": "breadcrumb", "data": { "label": "Opened cart", "session_number": 0 } }""");

    [Fact]
    public void ANetworkPerformanceEvent() =>
        Wire.EnvelopeOf(new NetworkPerformanceEvent("https://example.com/api") { ResponseCode = 503, HttpVerb = "POST", TimeElapsed = 0, BytesIn = 3_000_000_000, BytesOut = 12, Data = "ZGF0YQ==" })
            .ShouldBeJson("""
                {
                  "event_type": "network_performance",
                  "data": { "url": "https://example.com/api", "response_code": 503, "http_verb": "POST", "time_elapsed": 0, "bytes_in": 3000000000, "bytes_out": 12, "data": "ZGF0YQ==" }
                }
                """);

    [Fact]
    public void AnOptOutSendsFalseWhenTheUserOptsBackIn() =>
        Wire.EnvelopeOf(new OptOutEvent(false)).ShouldBeJson("""{ "event_type": "opt_out", "data": { "is_opted_out": false } }""");

    [Fact]
    public void APushRegistrationSendsFalseToRemoveAToken() =>
        Wire.EnvelopeOf(new PushRegistrationEvent("token-1", register: false))
            .ShouldBeJson("""{ "event_type": "push_registration", "data": { "registration_token": "token-1", "register": false } }""");

    [Fact]
    public void APushMessageWithEveryField()
    {
        var e = new PushMessageEvent(PushMessageType.Received, "token-1", "{\"aps\":{}}")
        {
            Message = "Hello",
            Network = "gcm",
            ApplicationState = ApplicationState.Background,
            ActionIdentifier = "open",
            PushMessageBehavior = PushMessageBehavior.InfluencedOpen,
        };
        Wire.EnvelopeOf(e).ShouldBeJson("""
            {
              "event_type": "push_message",
              "data": {
                "push_message_type": "received", "push_message_token": "token-1", "push_notification_payload": "{\"aps\":{}}", "message": "Hello",
                "network": "gcm", "application_state": "background", "action_identifier": "open", "push_message_behavior": "InfluencedOpen"
              }
            }
            """);
    }

    [Fact]
    public void AnUninstallAndAFirstRunCarryTheCommonFieldsOnly()
    {
        Wire.EnvelopeOf(new UninstallEvent { TimestampUnixtimeMs = 1 }).ShouldBeJson("""{ "event_type": "uninstall", "data": { "timestamp_unixtime_ms": 1 } }""");
        Wire.EnvelopeOf(new FirstRunEvent { TimestampUnixtimeMs = 1 }).ShouldBeJson("""{ "event_type": "first_run", "data": { "timestamp_unixtime_ms": 1 } }""");
    }

    [Fact]
    public void AProfileEventKeepsSixtyFourBitMpids() =>
        Wire.EnvelopeOf(new ProfileEvent(ProfileEventType.Logout) { PreviousMpid = -7636538281262557000, CurrentMpid = 9007199254740993 })
            .ShouldBeJson("""{ "event_type": "profile", "data": { "profile_event_type": "logout", "previous_mpid": -7636538281262557000, "current_mpid": 9007199254740993 } }""");

    [Fact]
    public void AUserAttributeChangeWritesScalarsAndLists() =>
        Wire.EnvelopeOf(new UserAttributeChangeEvent("tags") { NewValue = new[] { "a", "b" }, OldValue = UserAttributeValue.Null, Deleted = false, IsNewAttribute = false })
            .ShouldBeJson("""{ "event_type": "user_attribute_change", "data": { "user_attribute_name": "tags", "new": ["a", "b"], "old": null, "deleted": false, "is_new_attribute": false } }""");

    [Fact]
    public void AUserIdentityChangeAlwaysWritesNewAndOld() =>
        Wire.EnvelopeOf(new UserIdentityChangeEvent(Some.FullUserIdentity(), null))
            .ShouldBeJson("""
                {
                  "event_type": "user_identity_change",
                  "data": { "new": { "identity_type": "customer_id", "identity": "123456", "timestamp_unixtime_ms": 1558388284107, "created_this_batch": true }, "old": null }
                }
                """);

    [Fact]
    public void TimestampsCanBeSetAsDateTimeOffset()
    {
        var e = new AppEvent("e", CustomEventType.Other) { Timestamp = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2)) };
        e.TimestampUnixtimeMs.ShouldBe(1704157445678);
        e.Timestamp.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1704157445678));
        e.Timestamp = null;
        e.TimestampUnixtimeMs.ShouldBeNull();
        e.TimestampUnixtimeMs = long.MaxValue;
        e.Timestamp.ShouldBeNull(); // outside DateTimeOffset's range: the getter never throws
    }
}
