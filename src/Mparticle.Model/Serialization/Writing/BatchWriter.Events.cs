using System.Text.Json;

namespace Mparticle;

internal static partial class BatchWriter
{
    /// <summary>The data fields every event shares, in the order the generated metadata writes them (after the event's own fields).</summary>
    private static void WriteBaseEventFields(Utf8JsonWriter writer, BaseEvent value)
    {
        // Most events set none of the rarely used fields: one reference check skips them all.
        var extras = value.ExtrasOrNull;
        writer.WriteOptional(WireNames.TimestampUnixtimeMs, value.TimestampUnixtimeMs);
        if (extras is not null)
        {
            writer.WriteOptional(WireNames.EventId, extras.EventId);
        }

        writer.WriteOptional(WireNames.SourceMessageId, value.SourceMessageId);
        writer.WriteOptional(WireNames.SessionId, value.SessionId);
        writer.WriteOptional(WireNames.SessionUuid, value.SessionUuid);
        if (extras is not null)
        {
            WriteBaseEventExtras(writer, extras);
        }
    }

    /// <summary>The rarely set data fields after <c>session_uuid</c>, in the generated metadata's order.</summary>
    private static void WriteBaseEventExtras(Utf8JsonWriter writer, BaseEventExtras value)
    {
        writer.WriteOptional(WireNames.SessionStartUnixtimeMs, value.SessionStartUnixtimeMs);
        writer.WriteOptional(WireNames.EventStartUnixtimeMs, value.EventStartUnixtimeMs);
        if (value.Location is { } location)
        {
            writer.WritePropertyName(WireNames.Location);
            WriteGeoLocation(writer, location);
        }

        if (value.DeviceCurrentState is { } deviceCurrentState)
        {
            writer.WritePropertyName(WireNames.DeviceCurrentState);
            WriteDeviceCurrentState(writer, deviceCurrentState);
        }

        writer.WriteOptional(WireNames.IsGoalDefined, value.IsGoalDefined);
        writer.WriteOptional(WireNames.LifetimeValueChange, value.LifetimeValueChange);
        writer.WriteOptional(WireNames.LifetimeValueAttributeName, value.LifetimeValueAttributeName);
        writer.WriteOptional(WireNames.DataConnectionType, value.DataConnectionType);
        writer.WriteOptional(WireNames.EventNum, value.EventNum);
        writer.WriteOptional(WireNames.ViewController, value.ViewController);
        writer.WriteOptional(WireNames.IsMainThread, value.IsMainThread);
        writer.WriteOptional(WireNames.CanonicalName, value.CanonicalName);
        if (value.EventSystemNotificationInfo is { } eventSystemNotificationInfo)
        {
            writer.WritePropertyName(WireNames.EventSystemNotificationInfo);
            WriteEventSystemNotificationInfo(writer, eventSystemNotificationInfo);
        }
    }

    /// <summary>The shared collections, written last as the generated metadata does.</summary>
    private static void WriteBaseEventCollections(Utf8JsonWriter writer, BaseEvent value)
    {
        WriteAttributes(writer, WireNames.CustomAttributes, value.CustomAttributesOrNull);
        WriteAttributes(writer, WireNames.CustomFlags, value.CustomFlagsOrNull);
    }

    private static void WriteAppEventData(Utf8JsonWriter writer, AppEvent value)
    {
        writer.WriteOptional(WireNames.EventName, value.EventName);
        writer.WriteString(WireNames.CustomEventType, CustomEventTypeConverter.Instance.Name(value.CustomEventType));
    }

    private static void WriteCommerceEventData(Utf8JsonWriter writer, CommerceEvent value)
    {
        if (value.ProductAction is { } productAction)
        {
            writer.WritePropertyName(WireNames.ProductAction);
            WriteProductAction(writer, productAction);
        }

        if (value.PromotionAction is { } promotionAction)
        {
            writer.WritePropertyName(WireNames.PromotionAction);
            WritePromotionAction(writer, promotionAction);
        }

        if (value.ShoppingCart is { } shoppingCart)
        {
            writer.WritePropertyName(WireNames.ShoppingCart);
            WriteShoppingCart(writer, shoppingCart);
        }

        writer.WriteOptional(WireNames.CurrencyCode, value.CurrencyCode);
        writer.WriteOptional(WireNames.ScreenName, value.ScreenName);
        writer.WriteOptional(WireNames.IsNonInteractive, value.IsNonInteractive);
        writer.WriteOptional(WireNames.EventName, value.EventName);
        if (value.CustomEventType is { } customEventType)
        {
            writer.WriteString(WireNames.CustomEventType, CommerceEventTypeConverter.Instance.Name(customEventType));
        }

        if (value.ProductImpressionsOrNull is { } productImpressionsOrNull)
        {
            writer.WritePropertyName(WireNames.ProductImpressions);
            WriteArray(writer, productImpressionsOrNull, WriteProductImpression);
        }
    }

    private static void WriteScreenViewEventData(Utf8JsonWriter writer, ScreenViewEvent value)
    {
        writer.WriteOptional(WireNames.ScreenName, value.ScreenName);
        writer.WriteOptional(WireNames.ActivityType, value.ActivityType);
    }

    private static void WriteSessionEndEventData(Utf8JsonWriter writer, SessionEndEvent value)
    {
        writer.WriteOptional(WireNames.SessionDurationMs, value.SessionDurationMs);
    }

    private static void WriteApplicationStateTransitionEventData(Utf8JsonWriter writer, ApplicationStateTransitionEvent value)
    {
        writer.WriteString(WireNames.ApplicationTransitionType, ApplicationTransitionTypeConverter.Instance.Name(value.ApplicationTransitionType));
        writer.WriteOptional(WireNames.SuccessfullyClosed, value.SuccessfullyClosed);
        writer.WriteOptional(WireNames.IsFirstRun, value.IsFirstRun);
        writer.WriteOptional(WireNames.IsUpgrade, value.IsUpgrade);
        writer.WriteOptional(WireNames.PushNotificationPayload, value.PushNotificationPayload);
        writer.WriteOptional(WireNames.LaunchReferral, value.LaunchReferral);
    }

    private static void WriteCrashReportEventData(Utf8JsonWriter writer, CrashReportEvent value)
    {
        writer.WriteOptional(WireNames.Severity, value.Severity);
        writer.WriteOptional(WireNames.Message, value.Message);
        writer.WriteOptional(WireNames.ClassName, value.ClassName);
        writer.WriteOptional(WireNames.StackTrace, value.StackTrace);
        writer.WriteOptional(WireNames.ExceptionHandled, value.ExceptionHandled);
        writer.WriteOptional(WireNames.TopmostContext, value.TopmostContext);
        writer.WriteOptional(WireNames.PlCrashReportFileBase64, value.PlCrashReportFileBase64);
        writer.WriteOptional(WireNames.IosImageBaseAddress, value.IosImageBaseAddress);
        writer.WriteOptional(WireNames.IosImageSize, value.IosImageSize);
        writer.WriteOptional(WireNames.SessionNumber, value.SessionNumber);
        WriteBreadcrumbs(writer, WireNames.Breadcrumbs, value.BreadcrumbsOrNull);
    }

    private static void WriteBreadcrumbEventData(Utf8JsonWriter writer, BreadcrumbEvent value)
    {
        writer.WriteOptional(WireNames.Label, value.Label);
        writer.WriteOptional(WireNames.SessionNumber, value.SessionNumber);
    }

    private static void WriteNetworkPerformanceEventData(Utf8JsonWriter writer, NetworkPerformanceEvent value)
    {
        writer.WriteOptional(WireNames.Url, value.Url);
        writer.WriteOptional(WireNames.ResponseCode, value.ResponseCode);
        writer.WriteOptional(WireNames.HttpVerb, value.HttpVerb);
        writer.WriteOptional(WireNames.TimeElapsed, value.TimeElapsed);
        writer.WriteOptional(WireNames.BytesIn, value.BytesIn);
        writer.WriteOptional(WireNames.BytesOut, value.BytesOut);
        writer.WriteOptional(WireNames.Data, value.Data);
    }

    private static void WriteOptOutEventData(Utf8JsonWriter writer, OptOutEvent value)
    {
        writer.WriteOptional(WireNames.IsOptedOut, value.IsOptedOut);
    }

    private static void WritePushRegistrationEventData(Utf8JsonWriter writer, PushRegistrationEvent value)
    {
        writer.WriteOptional(WireNames.RegistrationToken, value.RegistrationToken);
        writer.WriteOptional(WireNames.Register, value.Register);
    }

    private static void WritePushMessageEventData(Utf8JsonWriter writer, PushMessageEvent value)
    {
        writer.WriteString(WireNames.PushMessageType, PushMessageTypeConverter.Instance.Name(value.PushMessageType));
        writer.WriteOptional(WireNames.PushMessageToken, value.PushMessageToken);
        writer.WriteOptional(WireNames.PushNotificationPayload, value.PushNotificationPayload);
        writer.WriteOptional(WireNames.Message, value.Message);
        writer.WriteOptional(WireNames.Network, value.Network);
        if (value.ApplicationState is { } applicationState)
        {
            writer.WriteString(WireNames.ApplicationState, ApplicationStateConverter.Instance.Name(applicationState));
        }

        writer.WriteOptional(WireNames.ActionIdentifier, value.ActionIdentifier);
        if (value.PushMessageBehavior is { } pushMessageBehavior)
        {
            writer.WriteString(WireNames.PushMessageBehavior, PushMessageBehaviorConverter.Instance.Name(pushMessageBehavior));
        }

    }

    private static void WriteProfileEventData(Utf8JsonWriter writer, ProfileEvent value)
    {
        writer.WriteString(WireNames.ProfileEventType, ProfileEventTypeConverter.Instance.Name(value.ProfileEventType));
        writer.WriteOptional(WireNames.PreviousMpid, value.PreviousMpid);
        writer.WriteOptional(WireNames.CurrentMpid, value.CurrentMpid);
    }

    private static void WriteUserAttributeChangeEventData(Utf8JsonWriter writer, UserAttributeChangeEvent value)
    {
        writer.WriteOptional(WireNames.UserAttributeName, value.UserAttributeName);
        if (value.NewValue is { } newValue)
        {
            writer.WritePropertyName(WireNames.New);
            newValue.WriteTo(writer);
        }

        if (value.OldValue is { } oldValue)
        {
            writer.WritePropertyName(WireNames.Old);
            oldValue.WriteTo(writer);
        }

        writer.WriteOptional(WireNames.Deleted, value.Deleted);
        writer.WriteOptional(WireNames.IsNewAttribute, value.IsNewAttribute);
    }

    private static void WriteUserIdentityChangeEventData(Utf8JsonWriter writer, UserIdentityChangeEvent value)
    {
        // Both are required by the schema (null allowed), so both are always written.
        WriteNullableUserIdentity(writer, WireNames.New, value.NewIdentity);
        WriteNullableUserIdentity(writer, WireNames.Old, value.OldIdentity);
    }

    private static void WriteNullableUserIdentity(Utf8JsonWriter writer, JsonEncodedText name, UserIdentity? identity)
    {
        writer.WritePropertyName(name);
        if (identity is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteUserIdentity(writer, identity);
        }
    }
}
